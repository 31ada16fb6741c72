-- Reference data: the county's localities, providers, settings and beds, and the funding schemes.
create table locality (
    id          bigserial primary key,
    code        varchar(40)  not null unique,
    name        varchar(200) not null
);

create table provider (
    id          bigserial primary key,
    code        varchar(40)  not null unique,
    name        varchar(200) not null,
    kind        varchar(20)  not null check (kind in ('HOME_CARE', 'BED_BASED')),
    hourly_rate numeric(10, 2) check (hourly_rate >= 0)
);

create table funding_scheme (
    id          bigserial primary key,
    name        varchar(200) not null,
    funded_days integer      not null check (funded_days between 1 and 366),
    valid_from  date         not null unique
);

create table care_setting (
    id                       bigserial primary key,
    code                     varchar(40)  not null unique,
    name                     varchar(200) not null,
    provider_id              bigint       not null references provider (id),
    locality_id              bigint       not null references locality (id),
    tier                     integer      not null check (tier between 1 and 9),
    daily_rate               numeric(10, 2) not null check (daily_rate >= 0),
    designated_for_infection boolean      not null,
    accepting_admissions     boolean      not null default true,
    admissions_reason        varchar(4000),
    version                  bigint       not null default 0
);

create table bed (
    id           bigserial primary key,
    code         varchar(40)  not null unique,
    setting_id   bigint       not null references care_setting (id),
    type         varchar(20)  not null check (type in ('REHAB', 'NURSING', 'DEMENTIA', 'END_OF_LIFE', 'GENERAL')),
    status       varchar(20)  not null default 'AVAILABLE'
        check (status in ('AVAILABLE', 'RESERVED', 'OCCUPIED', 'CLOSED')),
    referral_id  varchar(40),
    status_since timestamptz  not null default now(),
    close_reason varchar(4000),
    version      bigint       not null default 0,
    -- a held bed names exactly one person; a free or closed bed names nobody
    constraint bed_holder_matches_status
        check ((status in ('RESERVED', 'OCCUPIED')) = (referral_id is not null))
);
-- one person never holds two beds at once
create unique index bed_one_per_referral on bed (referral_id) where referral_id is not null;
create index bed_setting on bed (setting_id);

create table user_account (
    id              bigserial primary key,
    username        varchar(40)  not null unique,
    password_hash   varchar(200) not null,
    role            varchar(20)  not null check (role in ('MDT', 'COORDINATOR', 'MANAGER', 'PROVIDER')),
    provider_id     bigint references provider (id),
    failed_attempts integer      not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz  not null default now(),
    constraint provider_user_has_provider check ((role = 'PROVIDER') = (provider_id is not null))
);
