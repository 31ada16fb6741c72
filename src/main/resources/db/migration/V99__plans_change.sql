-- When plans change before discharge. A coordinator's request that the MDT re-triage (no bed fits the plan) stays
-- on the referral until the MDT re-triages.
alter table referral add column retriage_requested_at timestamptz;
alter table referral add column retriage_request      varchar(4000);

-- A new discharge ready date as data: the dashboard counts the resets, never the timeline's text.
create table ready_date_change (
    id                bigserial     primary key,
    referral_id       varchar(40)   not null references referral (id),
    previous_ready_at timestamptz   not null,
    ready_at          timestamptz   not null,
    reason            varchar(4000) not null,
    changed_at        timestamptz   not null,
    changed_by        varchar(100)  not null
);
create index ready_date_change_changed_at on ready_date_change (changed_at);
create index ready_date_change_referral on ready_date_change (referral_id);

-- A home declined a reservation: counted on the dashboard per setting.
create table reservation_decline (
    id          bigserial     primary key,
    referral_id varchar(40)   not null,
    bed_code    varchar(40)   not null references bed (code),
    setting_id  bigint        not null references care_setting (id),
    reason      varchar(4000) not null,
    declined_at timestamptz   not null,
    declined_by varchar(100)  not null
);
create index reservation_decline_declined_at on reservation_decline (declined_at);
