-- Why a person past their discharge ready date is still in hospital: a list the hub can extend.
create table delay_reason (
    code     varchar(40)  primary key,
    label    varchar(200) not null,
    position integer      not null,
    active   boolean      not null default true
);

insert into delay_reason (code, label, position) values
    ('HUB_PROCESS', 'Awaiting the hub''s process (referral, triage, brokerage)', 10),
    ('PATHWAY_1_CAPACITY', 'Awaiting pathway 1 capacity (home care / reablement)', 20),
    ('PATHWAY_2_BED', 'Awaiting a pathway 2 bed (rehabilitation or short-term care)', 30),
    ('CARE_HOME_PLACE', 'Awaiting a care-home place (pathway 3)', 40),
    ('ASSESSMENT', 'Awaiting assessment', 50),
    ('EQUIPMENT', 'Awaiting equipment or adaptations', 60),
    ('FAMILY_CHOICE', 'Patient or family choice', 70),
    ('WELLBEING', 'Wellbeing or safeguarding concern', 80),
    ('HOUSING', 'Housing or homelessness', 90),
    ('TRANSPORT', 'Awaiting transport', 100),
    ('OTHER', 'Other', 110);

create table referral (
    id                    varchar(40)   primary key,
    nhs_number            varchar(10)   not null check (nhs_number ~ '^[0-9]{10}$'),
    given_name            varchar(200)  not null,
    family_name           varchar(200)  not null,
    date_of_birth         date          not null,
    locality_id           bigint        not null references locality (id),
    hospital              varchar(200)  not null,
    ward                  varchar(200)  not null,
    ready_to_leave_at     timestamptz   not null,
    infection_positive    boolean       not null,
    notes                 varchar(4000),
    status                varchar(30)   not null check (status in ('AWAITING_TRIAGE', 'AWAITING_CAPACITY', 'OFFERED',
                                            'READY_TO_DISCHARGE', 'IN_D2A', 'FUNDING_DECIDED', 'CLOSED', 'CANCELLED')),
    pathway               integer       check (pathway between 0 and 3),
    bed_type              varchar(20),
    hours_per_week        numeric(6, 2) check (hours_per_week > 0),
    care_start_date       date,
    triage_rationale      varchar(4000),
    allocated_bed_code    varchar(40),
    allocated_provider    varchar(40),
    allocated_start_date  date,
    discharged_on         date,
    funding_outcome       varchar(30),
    funding_decided_on    date,
    funding_rationale     varchar(4000),
    funding_decided_by    varchar(40),
    closed_on             date,
    close_outcome         varchar(20),
    cancel_reason         varchar(4000),
    delay_reason          varchar(40)   references delay_reason (code),
    urgent                boolean       not null default false,
    created_at            timestamptz   not null,
    created_by            varchar(40)   not null,
    version               bigint        not null default 0,
    constraint referral_triaged_has_pathway check (status in ('AWAITING_TRIAGE', 'CANCELLED') or pathway is not null),
    constraint referral_in_d2a_was_discharged
        check (status not in ('IN_D2A', 'FUNDING_DECIDED') or discharged_on is not null)
);
create index referral_status on referral (status);
create index referral_nhs_number on referral (nhs_number);
create index referral_locality on referral (locality_id);

create table referral_event (
    id          bigserial     primary key,
    referral_id varchar(40)   not null references referral (id),
    at          timestamptz   not null,
    actor       varchar(40)   not null,
    action      varchar(40)   not null,
    detail      varchar(4000)
);
create index referral_event_referral on referral_event (referral_id, at);

create table escalation (
    id              bigserial     primary key,
    referral_id     varchar(40)   references referral (id),
    kind            varchar(40)   not null,
    detail          varchar(4000) not null,
    raised_at       timestamptz   not null,
    acknowledged_by varchar(40),
    acknowledged_at timestamptz,
    note            varchar(4000)
);
create index escalation_open on escalation (raised_at) where acknowledged_at is null;
