-- The letter that tells the person their funded period ends within the notice period (issue 20). Once a letter has
-- said so, later letters carry the fact forward, so the notice is given once per referral.
alter table written_letter add column ending_notice_given boolean not null default false;
