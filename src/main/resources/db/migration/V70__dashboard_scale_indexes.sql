-- Indexes for the dashboard on years of history, chosen with EXPLAIN ANALYZE on the 300,000 referrals that
-- DashboardScaleBenchmark seeds (docs/benchmarks.md).

-- Triage wait: the first TRIAGED event of the referrals received in the period, read as a range of the timeline
-- from the period's first instant (index-only) instead of one lookup per referral.
create index referral_event_action_at on referral_event (action, at, referral_id);

-- Length of stay: the stays that ended in the period end on the first of the funding decision and the close
-- (a month: 190 ms sequential scan -> 3 ms).
create index referral_stay_ended_on on referral ((least(funding_decided_on, closed_on)))
    where pathway between 1 and 3 and discharged_on is not null;

-- Referrals per day, discharges of every pathway (V10 indexes pathways 1-3 only), closes and funding decisions
-- dated in the period: covering indexes, so a year of figures is an index-only scan.
create index referral_created_cover on referral (created_at) include (pathway, locality_id);
drop index referral_created_at;
create index referral_discharged_cover on referral (discharged_on)
    include (pathway, locality_id, ready_to_leave_at, close_outcome, closed_on);
create index referral_closed_on on referral (closed_on) include (close_outcome, locality_id, pathway);
create index referral_funding_decided_on on referral (funding_decided_on) include (funding_outcome, locality_id, pathway);
