-- One open referral per person: a second referral of an NHS number is refused while one is open (not closed, not
-- cancelled), here as well as in the service, so that two referrals sent at the same moment cannot both be kept.
-- Duplicates already open when this runs are kept as they are (the earliest open one counts as the person's
-- referral) and marked, so that the hub starts; they leave the rule's scope once closed or cancelled.
alter table referral add column open_duplicate_before_v94 boolean not null default false;
update referral r set open_duplicate_before_v94 = true
where r.status not in ('CLOSED', 'CANCELLED')
  and exists (select 1 from referral earlier
              where earlier.nhs_number = r.nhs_number and earlier.status not in ('CLOSED', 'CANCELLED')
                and (earlier.created_at, earlier.id) < (r.created_at, r.id));
create unique index referral_one_open_per_nhs_number on referral (nhs_number)
    where status not in ('CLOSED', 'CANCELLED') and not open_duplicate_before_v94;
