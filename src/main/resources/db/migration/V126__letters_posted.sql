-- Which outbox message posts each letter (issue 20), so the dashboard counts letters sent, not only written. Null when
-- no address is recorded: the letter is kept and printable but nothing goes by post. The message row is written before
-- the letter's (JDBC before JPA's flush); the check is deferred to commit all the same.
alter table written_letter add column post_message_id varchar(40)
    references message (id) deferrable initially deferred;
create index written_letter_post_message on written_letter (post_message_id) where post_message_id is not null;
