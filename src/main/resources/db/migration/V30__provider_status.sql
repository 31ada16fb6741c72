-- Provider status returns: outbreaks, staffing and supplies, filed by providers on a schedule the hub sets.
create table status_return (
    id                    bigserial     primary key,
    provider_id           bigint        not null references provider (id),
    return_date           date          not null,
    outbreak              varchar(20)   not null check (outbreak in ('NONE', 'SUSPECTED', 'CONFIRMED')),
    people_affected       integer       not null check (people_affected >= 0),
    staff_total           integer       not null check (staff_total >= 0),
    staff_absent          integer       not null check (staff_absent >= 0),
    vacancies             integer       not null check (vacancies >= 0),
    agency_use            boolean       not null,
    cross_setting_working boolean       not null,
    ppe_days_left         integer       not null check (ppe_days_left >= 0),
    can_admit             boolean       not null,
    concern               varchar(4000),
    submitted_at          timestamptz   not null,
    submitted_by          varchar(40)   not null,
    version               bigint        not null default 0,
    constraint status_return_absent_within_total check (staff_absent <= staff_total),
    constraint status_return_one_per_day unique (provider_id, return_date)
);
create index status_return_latest on status_return (provider_id, return_date desc);

-- The RAG rules are settings a manager changes, not code.
create table rag_setting (
    key         varchar(40)  primary key,
    value       integer      not null check (value >= 0),
    description varchar(200) not null
);
insert into rag_setting (key, value, description) values
    ('RED_ABSENT_PERCENT', 20, 'Red when more than this percentage of staff is absent or isolating'),
    ('AMBER_ABSENT_PERCENT', 10, 'Amber when at least this percentage of staff is absent or isolating'),
    ('RED_PPE_DAYS', 3, 'Red when fewer than this many days of protective equipment are left'),
    ('AMBER_PPE_DAYS', 7, 'Amber when at most this many days of protective equipment are left'),
    ('RETURN_EVERY_DAYS', 4, 'A return is overdue (amber) when the latest is older than this many days');

-- A red rating's follow-up by the hub: one open at a time per provider.
create table provider_follow_up (
    id            bigserial     primary key,
    provider_id   bigint        not null references provider (id),
    return_id     bigint        not null references status_return (id),
    opened_at     timestamptz   not null,
    reason        varchar(4000) not null,
    action        varchar(40),
    action_note   varchar(4000),
    closed_at     timestamptz,
    closed_by     varchar(40)
);
create unique index provider_follow_up_one_open on provider_follow_up (provider_id) where closed_at is null;
