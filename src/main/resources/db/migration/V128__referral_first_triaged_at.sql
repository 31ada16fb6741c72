-- When the MDT first triaged the person, kept on the referral as data: the dashboard's triage wait read it from the
-- timeline, grouping every TRIAGED event since the period began (300 ms for a year of a large county).
alter table referral add column first_triaged_at timestamptz;

update referral r set first_triaged_at = t.at
from (select referral_id, min(at) as at from referral_event where action = 'TRIAGED' group by referral_id) t
where t.referral_id = r.id;

-- Referrals received in a period, with what the figures of the period read: an index-only scan.
create index referral_created_cover_triaged on referral (created_at) include (pathway, locality_id, first_triaged_at);
drop index referral_created_cover;
