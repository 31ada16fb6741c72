package org.dischargehub.forecast;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.dischargehub.beds.BedStatus;
import org.dischargehub.forecast.History.Arrivals;
import org.dischargehub.forecast.History.InCare;
import org.dischargehub.forecast.History.OpenBeds;
import org.dischargehub.forecast.History.PostedHours;
import org.dischargehub.forecast.History.ProviderDeclines;
import org.dischargehub.forecast.History.Stay;
import org.dischargehub.forecast.History.Waiting;
import org.dischargehub.funding.FundingOutcome;
import org.dischargehub.homecare.HomeCareCapacityService;
import org.dischargehub.referral.ReferralStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The planner's inputs read from the hub's records as SQL aggregates. A stay's service is {@code HOME_CARE} for
 * pathway 1 and the bed's type for pathways 2 and 3; a stay ends at the funding decision or the close, whichever
 * comes first, and one still going on today is counted to today and marked censored. Days are London days.
 */
@Component
class HubHistory {

    static final String HOME_CARE = "HOME_CARE";
    /** Pathway 0 needs no short-term service: nobody waits for one. */
    static final String NO_SERVICE = "NONE";
    private static final String SERVICE = "case r.pathway when 0 then :none when 1 then :homeCare"
            + " else coalesce(b.type, r.bed_type) end";
    /** A stay's end when it came by {@code :today}: one ending later was still going on then. */
    private static final String ENDED_BY_TODAY = "(case when least(r.funding_decided_on, r.closed_on) <= :today"
            + " then least(r.funding_decided_on, r.closed_on) end)";
    private static final String REFERRAL_WITH_PLACE = " from hub.referral r join hub.locality l on l.id = r.locality_id"
            + " left join hub.bed b on b.code = r.allocated_bed_code";
    private static final String CLOSED_BY_TODAY = "(case when r.closed_on <= :today then r.closed_on end)";

    private final JdbcClient jdbc;
    private final HomeCareCapacityService homeCare;
    private final Clock clock;
    private final ZoneId zone;

    HubHistory(JdbcClient jdbc, HomeCareCapacityService homeCare, Clock clock) {
        this.jdbc = jdbc;
        this.homeCare = homeCare;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /** The {@code weeks} before today, and the posted home-care hours for {@code daysAhead} days from today. */
    History read(LocalDate today, int weeks, int daysAhead) {
        LocalDate from = today.minusWeeks(weeks);
        return new History(today, arrivals(from, today), stays(from, today), onwardWaits(from, today), beds(),
                hours(today, today.plusDays(daysAhead - 1L)), declines(from), queue(), inCare());
    }

    /**
     * As {@link #read} would have read it at the end of a past {@code day}, from the dates the records hold: who was
     * waiting or in care then, stays still going on then censored at that day, hours posted then counted fresh, and
     * the beds open now (the hub keeps no history of a bed's status).
     */
    History readAsOf(LocalDate day, int weeks, int daysAhead) {
        LocalDate from = day.minusWeeks(weeks);
        return new History(day, arrivals(from, day), stays(from, day), onwardWaits(from, day), beds(),
                hours(day, day.plusDays(daysAhead - 1L), endOf(day).minus(homeCare.staleAfter())),
                declines(from, day), queueAsOf(day), inCareAsOf(day));
    }

    /** Per stream and day from {@code first} to {@code last}: how many waited and how many were in care at its end. */
    List<DayCount> countsByDay(LocalDate first, LocalDate last) {
        return sql("select d.day::date as day, r.pathway, l.code,"
                + " count(*) filter (where " + waitingOn("d.day::date") + ") as waiting,"
                + " count(*) filter (where " + inCareOn("d.day::date") + ") as in_care"
                + " from generate_series(cast(:first as date), cast(:last as date), interval '1 day') d(day)"
                + " join hub.referral r on (" + waitingOn("d.day::date") + ") or (" + inCareOn("d.day::date") + ")"
                + " join hub.locality l on l.id = r.locality_id"
                + " where r.created_at < :afterLast and (r.closed_on is null or r.closed_on >= :first)"
                + " group by 1, 2, 3 order by 1, 2, 3")
                .param("first", first).param("last", last).param("afterLast", Timestamp.from(endOf(last)))
                .query((rs, i) -> new DayCount(rs.getObject("day", LocalDate.class), rs.getInt("pathway"),
                        rs.getString("code"), rs.getInt("waiting"), rs.getInt("in_care")))
                .list();
    }

    /** One stream at the end of a day: people waiting, and people in care. Absent when both are none. */
    record DayCount(LocalDate day, int pathway, String locality, int waiting, int inCare) {
    }

    private JdbcClient.StatementSpec sql(String sql) {
        return jdbc.sql(sql).param("zone", zone.getId()).param("none", NO_SERVICE).param("homeCare", HOME_CARE)
                .param("cancelled", ReferralStatus.CANCELLED.name());
    }

    private List<Arrivals> arrivals(LocalDate from, LocalDate today) {
        return sql("""
                select (r.created_at at time zone :zone)::date as day, r.pathway, l.code, count(*) as n
                from hub.referral r join hub.locality l on l.id = r.locality_id
                where r.created_at >= :fromStart and r.created_at < :afterToday
                  and r.pathway is not null and r.status <> :cancelled
                group by 1, 2, 3 order by 1, 2, 3
                """)
                .param("fromStart", Timestamp.from(from.atStartOfDay(zone).toInstant()))
                .param("afterToday", Timestamp.from(today.plusDays(1).atStartOfDay(zone).toInstant()))
                .query((rs, i) -> new Arrivals(rs.getObject("day", LocalDate.class), rs.getInt("pathway"),
                        rs.getString("code"), rs.getInt("n")))
                .list();
    }

    private List<Stay> stays(LocalDate from, LocalDate today) {
        return sql("select r.pathway, " + SERVICE + " as service,"
                + " coalesce(" + ENDED_BY_TODAY + ", :today) - r.discharged_on as days,"
                + " " + ENDED_BY_TODAY + " is null as censored"
                + " from hub.referral r left join hub.bed b on b.code = r.allocated_bed_code"
                + " where r.pathway between 1 and 3 and r.discharged_on between :from and :today"
                + " order by r.discharged_on, r.id")
                .param("from", from).param("today", today)
                .query((rs, i) -> new Stay(rs.getInt("pathway"), rs.getString("service"), rs.getLong("days"),
                        rs.getBoolean("censored")))
                .list();
    }

    /** From a decision that ongoing care is needed to the close (the person leaves short-term care for it). */
    private List<Stay> onwardWaits(LocalDate from, LocalDate today) {
        return sql("select r.pathway, " + SERVICE + " as service,"
                + " coalesce(" + CLOSED_BY_TODAY + ", :today) - r.funding_decided_on as days,"
                + " " + CLOSED_BY_TODAY + " is null as censored"
                + " from hub.referral r left join hub.bed b on b.code = r.allocated_bed_code"
                + " where r.pathway between 1 and 3 and r.funding_decided_on between :from and :today"
                + " and r.funding_outcome <> :noOngoingNeeds order by r.funding_decided_on, r.id")
                .param("from", from).param("today", today)
                .param("noOngoingNeeds", FundingOutcome.NO_ONGOING_NEEDS.name())
                .query((rs, i) -> new Stay(rs.getInt("pathway"), rs.getString("service"), rs.getLong("days"),
                        rs.getBoolean("censored")))
                .list();
    }

    private List<OpenBeds> beds() {
        return openBedsIn(null);
    }

    private List<PostedHours> hours(LocalDate first, LocalDate last) {
        return hours(first, last, clock.instant().minus(homeCare.staleAfter()));
    }

    private List<PostedHours> hours(LocalDate first, LocalDate last, Instant staleBefore) {
        return sql("""
                select p.code as provider, l.code as locality, c.day, c.hours_posted,
                       c.hours_booked + c.hours_offered as taken, c.updated_at < :staleBefore as stale
                from hub.home_care_capacity c join hub.provider p on p.id = c.provider_id
                join hub.locality l on l.id = c.locality_id
                where c.day between :first and :last
                order by 1, 2, 3
                """)
                .param("first", first).param("last", last)
                .param("staleBefore", Timestamp.from(staleBefore))
                .query((rs, i) -> new PostedHours(rs.getString("provider"), rs.getString("locality"),
                        rs.getObject("day", LocalDate.class), rs.getBigDecimal("hours_posted"),
                        rs.getBigDecimal("taken"), rs.getBoolean("stale")))
                .list();
    }

    private List<ProviderDeclines> declines(LocalDate from) {
        return declines(from, null);
    }

    /** Offers made from {@code from}, up to the end of {@code last} when it is given. */
    private List<ProviderDeclines> declines(LocalDate from, LocalDate last) {
        return sql("""
                select p.code, count(*) as answered,
                       count(*) filter (where o.status in ('DECLINED', 'EXPIRED')) as declined
                from hub.home_care_offer o join hub.provider p on p.id = o.provider_id
                where o.offered_at >= :fromStart and o.status in ('ACCEPTED', 'HANDED_BACK', 'DECLINED', 'EXPIRED')
                  and o.offered_at < coalesce(cast(:afterLast as timestamptz), 'infinity')
                group by 1 order by 1
                """)
                .param("fromStart", Timestamp.from(from.atStartOfDay(zone).toInstant()))
                .param("afterLast", last == null ? null : Timestamp.from(endOf(last)))
                .query((rs, i) -> new ProviderDeclines(rs.getString("code"), rs.getInt("answered"),
                        rs.getInt("declined")))
                .list();
    }

    /** Triaged and waiting for capacity (an offer out counts: it may be declined); not yet triaged left out. */
    private List<Waiting> queue() {
        return sql("select r.pathway, l.code, " + SERVICE + " as service,"
                + " (r.created_at at time zone :zone)::date as since, r.hours_per_week"
                + " from hub.referral r join hub.locality l on l.id = r.locality_id"
                + " left join hub.bed b on b.code = r.allocated_bed_code"
                + " where r.status in (:waiting) order by r.created_at, r.id")
                .param("waiting", List.of(ReferralStatus.AWAITING_CAPACITY.name(), ReferralStatus.OFFERED.name()))
                .query((rs, i) -> new Waiting(rs.getInt("pathway"), rs.getString("code"), rs.getString("service"),
                        rs.getObject("since", LocalDate.class), rs.getBigDecimal("hours_per_week")))
                .list();
    }

    /**
     * Using a bed or hours today that nobody else can have: holding capacity before leaving hospital ({@code since}
     * null), in short-term care, or decided and waiting to move on ({@code decidedOn} set), until the close.
     */
    private List<InCare> inCare() {
        return sql("select r.pathway, l.code, " + SERVICE + " as service, r.discharged_on, r.funding_decided_on,"
                + " r.hours_per_week"
                + " from hub.referral r join hub.locality l on l.id = r.locality_id"
                + " left join hub.bed b on b.code = r.allocated_bed_code"
                + " where r.pathway between 1 and 3 and r.status in (:using)"
                + " order by r.discharged_on nulls last, r.id")
                .param("using", List.of(ReferralStatus.READY_TO_DISCHARGE.name(), ReferralStatus.IN_D2A.name(),
                        ReferralStatus.FUNDING_DECIDED.name()))
                .query((rs, i) -> new InCare(rs.getInt("pathway"), rs.getString("code"), rs.getString("service"),
                        rs.getObject("discharged_on", LocalDate.class),
                        rs.getObject("funding_decided_on", LocalDate.class), rs.getBigDecimal("hours_per_week")))
                .list();
    }

    /**
     * The open beds (not closed) of one care setting, or of all when {@code setting} is null, by locality, tier and
     * bed type; none for no such setting.
     */
    List<OpenBeds> openBedsIn(String setting) {
        return sql("""
                select l.code, s.tier, b.type, count(*) as n
                from hub.bed b join hub.care_setting s on s.id = b.setting_id
                join hub.locality l on l.id = s.locality_id
                where b.status <> :closed and (cast(:setting as text) is null or s.code = :setting)
                group by 1, 2, 3 order by 1, 2, 3
                """)
                .param("closed", BedStatus.CLOSED.name()).param("setting", setting)
                .query((rs, i) -> new OpenBeds(rs.getString("code"), rs.getInt("tier"), rs.getString("type"),
                        rs.getInt("n")))
                .list();
    }

    private List<Waiting> queueAsOf(LocalDate day) {
        return sql("select r.pathway, l.code, " + SERVICE + " as service,"
                + " (r.created_at at time zone :zone)::date as since, r.hours_per_week" + REFERRAL_WITH_PLACE
                + " where " + waitingOn("cast(:day as date)") + " order by r.created_at, r.id")
                .param("day", day)
                .query((rs, i) -> new Waiting(rs.getInt("pathway"), rs.getString("code"), rs.getString("service"),
                        rs.getObject("since", LocalDate.class), rs.getBigDecimal("hours_per_week")))
                .list();
    }

    /** As {@link #inCare()} on a past day, though who held a place before leaving hospital is not dated. */
    private List<InCare> inCareAsOf(LocalDate day) {
        return sql("select r.pathway, l.code, " + SERVICE + " as service, r.discharged_on, r.hours_per_week,"
                + " case when r.funding_decided_on <= :day then r.funding_decided_on end as decided_on"
                + REFERRAL_WITH_PLACE + " where " + inCareOn("cast(:day as date)") + " order by r.discharged_on, r.id")
                .param("day", day)
                .query((rs, i) -> new InCare(rs.getInt("pathway"), rs.getString("code"), rs.getString("service"),
                        rs.getObject("discharged_on", LocalDate.class), rs.getObject("decided_on", LocalDate.class),
                        rs.getBigDecimal("hours_per_week")))
                .list();
    }

    /**
     * Last year's referrals around the same time: the {@code weeks} before the day a year ago and the
     * {@code daysAhead} from it, with the first London day the hub has a referral for (null: none yet).
     */
    LastYearRead lastYear(LocalDate today, int weeks, int daysAhead) {
        LocalDate yearAgo = today.minusYears(1);
        LocalDate first = sql("select min((created_at at time zone :zone)::date) from hub.referral")
                .query(LocalDate.class).optional().orElse(null);
        return new LastYearRead(arrivals(yearAgo.minusWeeks(weeks), yearAgo.plusDays(daysAhead - 1L)), first);
    }

    record LastYearRead(List<Arrivals> arrivals, LocalDate firstRecord) {
    }

    /**
     * Waiting at the end of {@code day} (an SQL date): triaged to pathway 1 to 3 and not cancelled, received by then,
     * and neither discharged nor closed by then. Whether it was triaged yet is not dated; triage takes hours.
     */
    private static String waitingOn(String day) {
        return "r.pathway between 1 and 3 and r.status <> :cancelled"
                + " and r.created_at < (" + day + " + 1)::timestamp at time zone :zone"
                + " and (r.discharged_on is null or r.discharged_on > " + day + ")"
                + " and (r.closed_on is null or r.closed_on > " + day + ")";
    }

    /** In care at the end of {@code day} (an SQL date): discharged by then and not yet closed. */
    private static String inCareOn(String day) {
        return "r.pathway between 1 and 3 and r.discharged_on <= " + day
                + " and (r.closed_on is null or r.closed_on > " + day + ")";
    }

    private Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
