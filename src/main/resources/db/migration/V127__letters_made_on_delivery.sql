-- A letter's PDF is made when it is read or posted, not in the change that calls for it (issue 23: rendering a PDF/A
-- letter was most of a bed allocation's CPU). The letter keeps what it says as data (facts); letters written before
-- keep their PDF. An outbox message may name the module that makes its attachment at delivery, and that module's
-- reference (the letter's id), instead of holding the bytes.
alter table written_letter
    add column facts jsonb,
    alter column pdf drop not null,
    add constraint written_letter_said check (pdf is not null or facts is not null);

alter table message
    add column attachment_source varchar(20),
    add column attachment_ref    varchar(40),
    add constraint message_attachment_one_way check (attachment is null or attachment_source is null),
    add constraint message_attachment_referenced check ((attachment_source is null) = (attachment_ref is null)),
    add constraint message_attachment_named check ((attachment is null and attachment_source is null)
        or attachment_name is not null);
