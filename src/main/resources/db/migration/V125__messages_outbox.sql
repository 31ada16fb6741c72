-- Messages to people and their families (issue 20): an outbox. A row is written in the transaction of the change
-- that caused it, so a change and its message are kept or lost together; a worker delivers it later, claiming due
-- rows with FOR UPDATE SKIP LOCKED so two nodes never deliver one message twice. The idempotency key is unique here,
-- not only in Java: the same message asked for twice is one row. No foreign key to the referral, since the row may be
-- written (by JDBC) before the referral's own row is flushed (by JPA) in the same transaction.
create table message (
    id               varchar(40)   primary key,
    idempotency_key  varchar(120)  not null unique,
    referral_id      varchar(40),
    recipient_role   varchar(20)   not null check (recipient_role in ('PERSON', 'NEXT_OF_KIN')),
    recipient_name   varchar(100),
    address          varchar(320),
    phone            varchar(20),
    channel          varchar(10)   not null check (channel in ('LETTER', 'SMS')),
    template         varchar(40)   not null,
    template_values  jsonb         not null default '{}',
    attachment_name  varchar(100),
    attachment       bytea,
    status           varchar(12)   not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer       not null default 0 check (attempts >= 0),
    next_attempt_at  timestamptz,
    last_error       varchar(500),
    delivery_ref     varchar(300),
    created_at       timestamptz   not null,
    delivered_at     timestamptz,
    -- a letter needs somewhere to go, a text a number
    constraint message_letter_addressed check (channel <> 'LETTER' or address is not null),
    constraint message_sms_numbered check (channel <> 'SMS' or phone is not null),
    constraint message_pending_is_due check (status <> 'PENDING' or next_attempt_at is not null),
    constraint message_delivered_when check ((status = 'DELIVERED') = (delivered_at is not null))
);

create index message_due on message (next_attempt_at) where status = 'PENDING';
create index message_referral on message (referral_id);
create index message_status_created on message (status, created_at desc);
