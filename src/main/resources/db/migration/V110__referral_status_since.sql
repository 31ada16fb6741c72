-- When the referral reached its current status, as data: the hub board orders people by how long they have waited at
-- their current step. Existing referrals take the time of the last timeline event that could have moved them.
alter table referral add column status_since timestamptz;
update referral r set status_since = coalesce(
    (select max(e.at) from referral_event e where e.referral_id = r.id and e.action in
        ('RECEIVED', 'TRIAGED', 'BED_RESERVED', 'OFFERED', 'OFFER_ACCEPTED', 'OFFER_DECLINED', 'OFFER_EXPIRED',
         'PACKAGE_HANDED_BACK', 'RESERVATION_DECLINED', 'DISCHARGED', 'FUNDING_DECIDED', 'CLOSED', 'CANCELLED')),
    r.created_at);
alter table referral alter column status_since set not null;
