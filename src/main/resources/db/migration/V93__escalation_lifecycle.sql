-- An escalation records when the condition that raised it ended, and what ended it (escalation.ClosedBecause).
alter table escalation
    add column closed_at      timestamptz,
    add column closed_because varchar(40) check (closed_because in ('TRIAGED', 'BED_RESERVED', 'PACKAGE_ACCEPTED',
        'DISCHARGED', 'FUNDING_DECIDED', 'PLAN_CHANGED', 'REFERRAL_CLOSED', 'REFERRAL_CANCELLED')),
    add constraint escalation_closed_with_reason check ((closed_at is null) = (closed_because is null));
create index escalation_not_closed on escalation (referral_id) where closed_at is null;
create index escalation_closed on escalation (closed_at desc) where closed_at is not null;

-- Escalations already open whose referral is past the condition: closed by the first timeline event that ended it
-- after the escalation was raised (the raise itself when none is found), with the same reasons the hub now records.
with ended as (
    select e.id,
           case
               when r.status = 'CANCELLED' then 'REFERRAL_CANCELLED'
               when e.kind = 'TRIAGE_OVERDUE' and r.status <> 'AWAITING_TRIAGE' then 'TRIAGED'
               when e.kind = 'NO_BED' and r.status <> 'AWAITING_CAPACITY' and r.allocated_bed_code is not null
                   then 'BED_RESERVED'
               when e.kind = 'NO_BED' and r.status <> 'AWAITING_CAPACITY' then 'PLAN_CHANGED'
               when e.kind = 'DISCHARGE_DELAYED' and r.discharged_on is not null then 'DISCHARGED'
               when e.kind = 'FUNDED_PERIOD_ENDED' and r.funding_outcome is not null then 'FUNDING_DECIDED'
               when e.kind = 'PACKAGE_HANDED_BACK' and r.status = 'READY_TO_DISCHARGE'
                    and r.allocated_provider is not null then 'PACKAGE_ACCEPTED'
               when r.status = 'CLOSED' then 'REFERRAL_CLOSED'
           end as because
    from escalation e
    join referral r on r.id = e.referral_id
    where e.closed_at is null
), timed as (
    select ended.id, ended.because,
           (select min(ev.at) from referral_event ev
            where ev.referral_id = e.referral_id and ev.at >= e.raised_at
              and ev.action = case ended.because
                                  when 'REFERRAL_CANCELLED' then 'CANCELLED'
                                  when 'TRIAGED' then 'TRIAGED'
                                  when 'BED_RESERVED' then 'BED_RESERVED'
                                  when 'PACKAGE_ACCEPTED' then 'OFFER_ACCEPTED'
                                  when 'DISCHARGED' then 'DISCHARGED'
                                  when 'FUNDING_DECIDED' then 'FUNDING_DECIDED'
                                  when 'REFERRAL_CLOSED' then 'CLOSED'
                                  else 'TRIAGED'
                              end) as at
    from ended
    join escalation e on e.id = ended.id
    where ended.because is not null
)
update escalation e
set closed_at = coalesce(timed.at, e.raised_at), closed_because = timed.because
from timed
where e.id = timed.id;
