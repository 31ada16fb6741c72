-- The FHIR Task search by _lastUpdated asks which referrals changed after a moment: found by the time of the event.
create index referral_event_at on referral_event (at, referral_id);
