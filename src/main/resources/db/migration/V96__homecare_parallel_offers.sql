-- A package may be offered to several providers at once (one open offer per provider), and the first to accept
-- wins: at most one accepted package per person, even when two accepts race on two nodes.
drop index home_care_offer_one_live_per_referral;
create unique index home_care_offer_one_open_per_provider on home_care_offer (referral_id, provider_id)
    where status = 'OPEN';
create unique index home_care_offer_one_accepted_per_referral on home_care_offer (referral_id)
    where status = 'ACCEPTED';
