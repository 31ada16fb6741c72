-- The dashboard's figures group referrals by the day they arrived (discharges are indexed since V10) and find
-- triage times in the timeline: index those reads so the figures stay quick on years of history.
create index referral_created_at on referral (created_at);
create index referral_event_action on referral_event (action, referral_id);
