package org.dischargehub.dashboard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dischargehub.dashboard.Kpis.DayCount;
import org.dischargehub.dashboard.Kpis.OutcomeCount;
import org.dischargehub.dashboard.Kpis.ReadyToDischarge;
import org.dischargehub.dashboard.Kpis.ReasonCount;
import org.dischargehub.dashboard.Kpis.StayLength;
import org.dischargehub.dashboard.Kpis.StillAtHome;
import org.dischargehub.dashboard.Kpis.TriageWait;
import org.dischargehub.funding.FundingOutcome;
import org.dischargehub.referral.CloseOutcome;
import org.dischargehub.referral.ReferralStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures as SQL aggregates. Days are days in the clock's zone (London), bound as {@code :zone};
 * status and outcome names are bound from their enums. A referral's ready date is the London date of
 * {@code ready_to_leave_at}. A delayed day d is one with readyDate < d <= the discharge day (today while not
 * discharged), so a person's delayed days add up to dischargedOn - readyDate.
 */
@Component
class KpiQueries {

    private static final String READY = "(r.ready_to_leave_at at time zone :zone)::date";
    private static final String CREATED = "(r.created_at at time zone :zone)::date";
    /** Created on a London day of the period, as a range of instants so that the index on created_at serves it. */
    static final String CREATED_IN_PERIOD = " r.created_at >= :fromStart and r.created_at < :afterTo ";
    static final String FILTER = """
             (cast(:locality as varchar) is null or l.code = :locality)
             and (cast(:pathway as integer) is null or r.pathway = :pathway)
            """;
    /** Still in hospital or discharged: cancelled referrals, and closes without a discharge, never left. */
    private static final String WENT_OR_WAITS = " r.status <> :cancelled and (r.status <> :closed or r.discharged_on is not null) ";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    KpiQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    /** A statement with the filter, the zone and the status names bound. */
    JdbcClient.StatementSpec sql(String sql, KpiFilter f) {
        return jdbc.sql(sql).param("from", f.from()).param("to", f.to()).param("locality", f.locality())
                .param("pathway", f.pathway()).param("zone", zone.getId())
                .param("cancelled", ReferralStatus.CANCELLED.name()).param("closed", ReferralStatus.CLOSED.name())
                .param("fromStart", Timestamp.from(f.from().atStartOfDay(zone).toInstant()))
                .param("afterTo", Timestamp.from(f.to().plusDays(1).atStartOfDay(zone).toInstant()));
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }

    List<DayCount> referralsPerDay(KpiFilter f) {
        return sql("select " + CREATED + " as day, r.pathway, count(*) as n"
                + " from hub.referral r join hub.locality l on l.id = r.locality_id"
                + " where " + CREATED_IN_PERIOD + " and r.status <> :cancelled and " + FILTER
                + " group by 1, 2 order by 1, 2", f)
                .query((rs, i) -> new DayCount(rs.getObject("day", LocalDate.class),
                        (Integer) rs.getObject("pathway"), rs.getInt("n")))
                .list();
    }

    List<ReadyToDischarge> readyToDischarge(KpiFilter f) {
        return sql("select pathway, count(*) as n, avg(days) as average,"
                + " percentile_cont(0.5) within group (order by days) as median,"
                + " percentile_cont(0.9) within group (order by days) as p90"
                + " from (select r.pathway, r.discharged_on - " + READY + " as days"
                + "       from hub.referral r join hub.locality l on l.id = r.locality_id"
                + "       where r.discharged_on between :from and :to and r.pathway is not null"
                + "       and r.status <> :cancelled and " + FILTER + ") d"
                + " group by pathway order by pathway", f)
                .query((rs, i) -> new ReadyToDischarge(rs.getInt("pathway"), rs.getInt("n"),
                        rs.getDouble("average"), rs.getDouble("median"), rs.getDouble("p90")))
                .list();
    }

    /**
     * People past their discharge ready date at the instant {@code at}, by delay reason: the one definition behind the
     * dashboard's "Delayed now" and the situation report's "Past discharge ready date". A person counts when the
     * ready-to-leave time is strictly before {@code at} (ready exactly at {@code at} is not yet delayed), the referral
     * was not cancelled by {@code at}, and it was neither discharged nor closed on a day that had begun by {@code at}.
     * At the present instant that is: not discharged, not closed, not cancelled, ready-to-leave time passed.
     */
    List<ReasonCount> pastReadyDateByReason(KpiFilter f, Instant at) {
        return sql("select coalesce(r.delay_reason, 'NOT_RECORDED') as reason, coalesce(dr.label, 'Not recorded') as label,"
                + " count(*) as n"
                + " from hub.referral r join hub.locality l on l.id = r.locality_id"
                + " left join hub.delay_reason dr on dr.code = r.delay_reason"
                + " where r.ready_to_leave_at < :at"
                + " and (r.discharged_on is null or r.discharged_on > :lastDayBegun)"
                + " and (r.closed_on is null or r.closed_on > :lastDayBegun)"
                + " and not (r.status = :cancelled and r.status_since <= :at) and " + FILTER
                + " group by 1, 2 order by 3 desc, 1", f)
                .param("at", Timestamp.from(at))
                .param("lastDayBegun", LocalDate.ofInstant(at.minusNanos(1), zone))
                .query((rs, i) -> new ReasonCount(rs.getString("reason"), rs.getString("label"), rs.getInt("n")))
                .list();
    }

    List<ReasonCount> delayedDaysByReason(KpiFilter f, LocalDate today) {
        return sql("select reason, label, sum(days) as n from ("
                + " select coalesce(r.delay_reason, 'NOT_RECORDED') as reason, coalesce(dr.label, 'Not recorded') as label,"
                + "  greatest(0, least(coalesce(r.discharged_on, :today), cast(:to as date))"
                + "   - greatest(" + READY + ", cast(:from as date) - 1)) as days"
                + " from hub.referral r join hub.locality l on l.id = r.locality_id"
                + " left join hub.delay_reason dr on dr.code = r.delay_reason"
                + " where " + WENT_OR_WAITS + " and " + READY + " < :to"
                + " and (r.discharged_on is null or r.discharged_on >= :from) and " + FILTER + ") d"
                + " group by 1, 2 having sum(days) > 0 order by 3 desc, 1", f)
                .param("today", today)
                .query((rs, i) -> new ReasonCount(rs.getString("reason"), rs.getString("label"), rs.getInt("n")))
                .list();
    }

    /** Discharge ready dates the MDT reset in the period, for referrals in the filter. */
    int readyDatesReset(KpiFilter f) {
        return sql("select count(*) from hub.ready_date_change c join hub.referral r on r.id = c.referral_id"
                + " join hub.locality l on l.id = r.locality_id"
                + " where c.changed_at >= :fromStart and c.changed_at < :afterTo and " + FILTER, f)
                .query(Integer.class).single();
    }

    TriageWait triageWait(KpiFilter f) {
        return sql("select count(*) as n, avg(hours) as average,"
                + " percentile_cont(0.5) within group (order by hours) as median"
                + " from (select extract(epoch from (r.first_triaged_at - r.created_at)) / 3600.0 as hours"
                + "       from hub.referral r join hub.locality l on l.id = r.locality_id"
                + "       where " + CREATED_IN_PERIOD + " and r.first_triaged_at is not null and " + FILTER + ") w", f)
                .query((rs, i) -> new TriageWait(rs.getInt("n"), (Double) nullable(rs.getObject("average")),
                        (Double) nullable(rs.getObject("median"))))
                .single();
    }

    private static Object nullable(Object number) {
        return number == null ? null : ((Number) number).doubleValue();
    }

    List<OutcomeCount> closedByOutcome(KpiFilter f) {
        return sql("select coalesce(r.close_outcome, 'NOT_RECORDED') as outcome, count(*) as n"
                + " from hub.referral r join hub.locality l on l.id = r.locality_id"
                + " where r.closed_on between :from and :to and " + FILTER
                + " group by 1 order by 1", f)
                .query((rs, i) -> new OutcomeCount(rs.getString("outcome"), rs.getInt("n")))
                .list();
    }

    /** People discharged in the period: how many, how many went home, how many were readmitted within 30 days. */
    DischargeCohort dischargeCohort(KpiFilter f) {
        return sql("select count(*) as n,"
                + " count(*) filter (where r.pathway = 0 or r.close_outcome = :home) as home,"
                + " count(*) filter (where r.close_outcome = :readmitted and r.closed_on <= r.discharged_on + 30) as readmitted"
                + " from hub.referral r join hub.locality l on l.id = r.locality_id"
                + " where r.discharged_on between :from and :to and " + FILTER, f)
                .param("home", CloseOutcome.HOME.name()).param("readmitted", CloseOutcome.READMITTED.name())
                .query((rs, i) -> new DischargeCohort(rs.getInt("n"), rs.getInt("home"), rs.getInt("readmitted")))
                .single();
    }

    List<OutcomeCount> fundingDecisions(KpiFilter f) {
        return sql("select r.funding_outcome as outcome, count(*) as n"
                + " from hub.referral r join hub.locality l on l.id = r.locality_id"
                + " where r.funding_decided_on between :from and :to and " + FILTER
                + " group by 1 order by 1", f)
                .query((rs, i) -> new OutcomeCount(rs.getString("outcome"), rs.getInt("n")))
                .list();
    }

    /** The placements the filter names, to narrow the county's recharge statement to them. */
    Set<String> placementsIn(KpiFilter f) {
        return sql("select r.id from hub.referral r join hub.locality l on l.id = r.locality_id"
                // no scheme funds more than 366 days, and a statement month starts at most 30 days before :from
                + " where r.pathway between 1 and 3 and r.discharged_on between cast(:from as date) - 400 and :to and "
                + FILTER, f)
                .query(String.class).list().stream().collect(Collectors.toSet());
    }

    /**
     * Short-term stays that ended in the period. A stay starts on the discharge day (or the day of the bed move into
     * it) and ends on the first of the funding decision, the close, or a move to another bed after the discharge
     * (a bed move, which names the bed left). Pathway 1 is one stay at home; pathways 2-3 one stay per bed.
     */
    List<StayLength> lengthOfStay(KpiFilter f) {
        return sql("""
                with moved as (
                    select m.referral_id, m.moved_at as at, (m.moved_at at time zone :zone)::date as on_day,
                           m.from_bed_code as from_bed, r.pathway, r.locality_id, r.bed_type, r.discharged_on
                    from hub.bed_move m join hub.referral r on r.id = m.referral_id
                    where r.discharged_on is not null and (m.moved_at at time zone :zone)::date >= r.discharged_on),
                last_move as (select referral_id, max(on_day) as on_day from moved group by referral_id),
                stays as (
                    select m.pathway, m.locality_id, m.bed_type, m.from_bed as bed_code, m.on_day as ended_on,
                           coalesce(lag(m.on_day) over (partition by m.referral_id order by m.at), m.discharged_on)
                               as started_on
                    from moved m
                    union all
                    select r.pathway, r.locality_id, r.bed_type, r.allocated_bed_code,
                           least(r.funding_decided_on, r.closed_on), coalesce(lm.on_day, r.discharged_on)
                    from hub.referral r left join last_move lm on lm.referral_id = r.id
                    where r.pathway between 1 and 3 and r.discharged_on is not null
                      and least(r.funding_decided_on, r.closed_on) between :from and :to)
                select case when r.pathway = 1 then 'HOME_CARE' else 'BED' end as service, cs.tier,
                       case when r.pathway = 1 then null else coalesce(b.type, r.bed_type) end as bed_type,
                       count(*) as n, avg(r.ended_on - r.started_on) as average,
                       percentile_cont(0.5) within group (order by r.ended_on - r.started_on) as median,
                       percentile_cont(0.9) within group (order by r.ended_on - r.started_on) as p90
                from stays r
                join hub.locality l on l.id = r.locality_id
                left join hub.bed b on b.code = r.bed_code and r.pathway > 1
                left join hub.care_setting cs on cs.id = b.setting_id
                where r.ended_on between :from and :to and
                """ + FILTER + """
                group by 1, 2, 3 order by 1 desc, 2, 3
                """, f)
                .query((rs, i) -> new StayLength(rs.getString("service"), (Integer) rs.getObject("tier"),
                        rs.getString("bed_type"), rs.getInt("n"), rs.getDouble("average"), rs.getDouble("median"),
                        rs.getDouble("p90")))
                .list();
    }

    /**
     * Pathway 1 episodes discharged and not closed on {@code asOf} and not ended by a decision of no ongoing needs:
     * the discharge day and, when decided by {@code asOf}, the decision.
     */
    List<HomeCareEpisode> homeCareNotClosed(KpiFilter f, LocalDate asOf) {
        return sql("""
                select r.discharged_on,
                       case when r.funding_decided_on <= :asOf then r.funding_decided_on end as decided_on,
                       case when r.funding_decided_on <= :asOf then r.funding_outcome end as outcome
                from hub.referral r join hub.locality l on l.id = r.locality_id
                where r.pathway = 1 and r.discharged_on <= :asOf
                  and (r.closed_on is null or r.closed_on > :asOf)
                  and (r.funding_outcome is null or r.funding_outcome <> :noOngoingNeeds
                       or r.funding_decided_on > :asOf) and
                """ + FILTER, f)
                .param("asOf", asOf).param("noOngoingNeeds", FundingOutcome.NO_ONGOING_NEEDS.name())
                .query((rs, i) -> new HomeCareEpisode(rs.getObject("discharged_on", LocalDate.class),
                        rs.getObject("decided_on", LocalDate.class), rs.getString("outcome")))
                .list();
    }

    /** A pathway 1 episode after discharge: the decision, if any, made by the day asked about. */
    record HomeCareEpisode(LocalDate dischargedOn, LocalDate decidedOn, String outcome) {
    }

    /** ASCOF 2B(1) from the hub's records; see {@link Kpis.StillAtHome}. */
    StillAtHome stillAtHome91Days(KpiFilter f, LocalDate today) {
        return sql("""
                select count(*) as n, count(*) filter (where not known) as unknown,
                       count(*) filter (where known and at_home) as home,
                       count(*) filter (where known and not at_home) as away
                from (select r.discharged_on + 91 <= :today as known,
                             not (coalesce(r.close_outcome in (:away) and r.closed_on <= r.discharged_on + 91, false)
                                  or exists (select 1 from hub.referral n
                                      where n.nhs_number = r.nhs_number and n.status <> :cancelled
                                        and (n.created_at at time zone :zone)::date > r.discharged_on
                                        and (n.created_at at time zone :zone)::date <= r.discharged_on + 91))
                                 as at_home
                      from hub.referral r join hub.locality l on l.id = r.locality_id
                      where r.pathway = 1 and r.discharged_on between :from and :to
                        and r.date_of_birth <= r.discharged_on - interval '65 years' and
                """ + FILTER + ") c", f)
                .param("today", today)
                .param("away", names(List.of(CloseOutcome.READMITTED, CloseOutcome.LONG_TERM_CARE, CloseOutcome.DIED)))
                .query((rs, i) -> {
                    int home = rs.getInt("home");
                    int away = rs.getInt("away");
                    return new StillAtHome(rs.getInt("n"), rs.getInt("unknown"), home, away,
                            home + away == 0 ? null : 100.0 * home / (home + away));
                })
                .single();
    }

    record DischargeCohort(int discharged, int home, int readmittedWithin30Days) {
    }
}
