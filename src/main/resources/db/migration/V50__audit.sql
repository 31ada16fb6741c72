-- The audit trail: who saw, changed, exported or was refused what, when and from where. Append-only: rows are
-- inserted, never updated or deleted, whoever asks (the trigger binds the owner and superusers too).
create table audit_event (
    id              bigserial      primary key,
    at              timestamptz    not null,
    username        varchar(100)   not null,
    role            varchar(20),
    action          varchar(40)    not null,
    record_type     varchar(60)    not null,
    record_id       varchar(200),
    referral_id     varchar(40),
    nhs_number      varchar(10),
    detail          varchar(4000),
    remote_address  varchar(100)   not null
);
create index audit_event_nhs_number on audit_event (nhs_number, at);
create index audit_event_username on audit_event (username, at);
create index audit_event_at on audit_event (at);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'hub.audit_event is append-only: % is not allowed', tg_op using errcode = '42501';
end;
$$;

create trigger audit_event_no_update_or_delete before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

revoke update, delete, truncate on audit_event from public;
