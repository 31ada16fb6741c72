-- The funded D2A period: fast-track CHC on the decision, the assessment's progress, and amendments to a decision.
alter table referral
    add column funding_fast_track boolean not null default false,
    add column assessment_status  varchar(20) check (assessment_status in ('BOOKED', 'COMPLETED'));

alter table referral
    add constraint referral_funding_outcome_known
        check (funding_outcome is null
               or funding_outcome in ('CHC', 'FNC', 'COUNCIL', 'SELF_FUNDED', 'NO_ONGOING_NEEDS')),
    -- a decision is whole or absent, never dated before the discharge, and one is held once decided
    add constraint referral_funding_decision_whole
        check ((funding_outcome is null) = (funding_decided_on is null)
               and (funding_outcome is null) = (funding_rationale is null)),
    add constraint referral_funding_decided_after_discharge
        check (funding_decided_on is null or funding_decided_on >= discharged_on),
    add constraint referral_funding_decided_has_decision
        check (status <> 'FUNDING_DECIDED' or funding_outcome is not null),
    -- fast track is a route to NHS Continuing Healthcare at the end of life, nothing else
    add constraint referral_fast_track_is_chc
        check (not funding_fast_track or funding_outcome = 'CHC');

-- A correction to a recorded funding decision: what it was, what it became, who changed it and why.
create table funding_amendment (
    id                  bigserial     primary key,
    referral_id         varchar(40)   not null references referral (id),
    amended_at          timestamptz   not null,
    amended_by          varchar(40)   not null,
    reason              varchar(4000) not null,
    previous_outcome    varchar(30)   not null,
    previous_decided_on date          not null,
    previous_rationale  varchar(4000) not null,
    previous_fast_track boolean       not null,
    previous_decided_by varchar(40)   not null,
    outcome             varchar(30)   not null,
    decided_on          date          not null,
    rationale           varchar(4000) not null,
    fast_track          boolean       not null
);
create index funding_amendment_referral on funding_amendment (referral_id, amended_at);

-- the monthly statement and the tracker read placements by discharge day
create index referral_discharged_on on referral (discharged_on) where pathway > 0 and discharged_on is not null;
