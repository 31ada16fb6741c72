-- Calls after discharge (issue 20, "Nobody left unchecked"): pathway 0's safe-and-well call within 72 hours and the
-- check-in call of pathways 1 to 3 on a set day, each try kept. One call is due per referral at most; what a try
-- found and how a call ended are checked here too, so no other path can store a value the hub would refuse.
create table check_in_call (
    id                     varchar(40)  primary key,
    referral_id            varchar(40)  not null references referral (id),
    kind                   varchar(20)  not null check (kind in ('SAFE_AND_WELL', 'CHECK_IN')),
    discharged_on          date         not null,
    discharged_at          timestamptz  not null,
    due_from               timestamptz  not null,
    due_by                 timestamptz  not null,
    next_try_at            timestamptz  not null,
    attempts               integer      not null default 0 check (attempts >= 0),
    status                 varchar(20)  not null check (status in ('DUE', 'WELL', 'NEEDS_HELP', 'WITHDRAWN')),
    closed_at              timestamptz,
    closed_by              varchar(100),
    -- a person who needed help: the referral that answers it (made from the call, or open already)
    follow_up_referral_id  varchar(40)  references referral (id),
    overdue_escalated_at   timestamptz,
    unreached_escalated_at timestamptz,
    version                bigint       not null default 0,
    constraint check_in_call_closed_when_done check ((status = 'DUE') = (closed_at is null)),
    constraint check_in_call_follow_up_only_for_help check (follow_up_referral_id is null or status = 'NEEDS_HELP'),
    constraint check_in_call_due_after_from check (due_from <= due_by)
);
create unique index check_in_call_one_due_per_referral on check_in_call (referral_id) where status = 'DUE';
create index check_in_call_due on check_in_call (due_from) where status = 'DUE';
create index check_in_call_discharged on check_in_call (discharged_on);

create table check_in_call_attempt (
    id           bigserial     primary key,
    call_id      varchar(40)   not null references check_in_call (id),
    attempted_at timestamptz   not null,
    outcome      varchar(20)   not null check (outcome in ('WELL', 'NEEDS_HELP', 'NOT_REACHED')),
    note         varchar(4000),
    attempted_by varchar(100)  not null,
    constraint check_in_call_attempt_help_said check (outcome <> 'NEEDS_HELP' or note is not null)
);
create index check_in_call_attempt_of_call on check_in_call_attempt (call_id, attempted_at);

-- The caller: a voluntary-sector partner's account, seeing only the calls due.
alter table user_account drop constraint user_account_role_check;
alter table user_account add constraint user_account_role_check
    check (role in ('MDT', 'COORDINATOR', 'MANAGER', 'PROVIDER', 'CALLER'));

-- Reaching the person closes what escalated the call.
alter table escalation drop constraint escalation_closed_because_check;
alter table escalation add constraint escalation_closed_because_check
    check (closed_because in ('TRIAGED', 'BED_RESERVED', 'PACKAGE_ACCEPTED', 'DISCHARGED', 'FUNDING_DECIDED',
        'PLAN_CHANGED', 'REFERRAL_CLOSED', 'REFERRAL_CANCELLED', 'CALL_MADE'));
