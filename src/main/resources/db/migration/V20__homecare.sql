-- Home-care capacity: what each provider can start per locality and day, and the offers made against it.
create table home_care_capacity (
    id            bigserial     primary key,
    provider_id   bigint        not null references provider (id),
    locality_id   bigint        not null references locality (id),
    day           date          not null,
    hours_posted  numeric(7, 2) not null check (hours_posted >= 0),
    hours_booked  numeric(7, 2) not null default 0 check (hours_booked >= 0),
    hours_offered numeric(7, 2) not null default 0 check (hours_offered >= 0),
    updated_at    timestamptz   not null,
    updated_by    varchar(40)   not null,
    version       bigint        not null default 0,
    constraint capacity_one_row_per_provider_locality_day unique (provider_id, locality_id, day),
    -- never overbooked: free hours (posted - booked - offered) never go below zero
    constraint capacity_never_overbooked check (hours_booked + hours_offered <= hours_posted)
);
create index home_care_capacity_day on home_care_capacity (day, locality_id);

create table home_care_offer (
    id             varchar(40)   primary key,
    referral_id    varchar(40)   not null references referral (id),
    capacity_id    bigint        not null references home_care_capacity (id),
    provider_id    bigint        not null references provider (id),
    hours_per_week numeric(6, 2) not null check (hours_per_week > 0),
    needs          varchar(4000),
    status         varchar(20)   not null
        check (status in ('OPEN', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN', 'HANDED_BACK')),
    offered_at     timestamptz   not null,
    offered_by     varchar(40)   not null,
    expires_at     timestamptz   not null,
    answered_at    timestamptz,
    answered_by    varchar(40),
    released_at    timestamptz,
    released_by    varchar(40),
    reason         varchar(4000),
    version        bigint        not null default 0,
    constraint offer_answered_unless_open check ((status = 'OPEN') = (answered_at is null)),
    constraint offer_released_only_after_acceptance check (released_at is null or status in ('WITHDRAWN', 'HANDED_BACK'))
);
-- a person has at most one offer open or package accepted at a time
create unique index home_care_offer_one_live_per_referral on home_care_offer (referral_id)
    where status in ('OPEN', 'ACCEPTED');
create index home_care_offer_provider on home_care_offer (provider_id, status);
create index home_care_offer_capacity on home_care_offer (capacity_id) where status in ('OPEN', 'ACCEPTED');
