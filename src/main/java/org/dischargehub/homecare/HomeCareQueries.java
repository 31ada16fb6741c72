package org.dischargehub.homecare;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dischargehub.shared.HumanTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Home-care capacity and offers read as SQL: sums and rankings are done by the database. */
@Component
class HomeCareQueries {

    private final JdbcClient jdbc;
    private final HumanTime time;

    HomeCareQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.time = new HumanTime(clock);
    }

    List<CapacityRow> capacity(LocalDate from, LocalDate to, String localityCode, Long providerId, Instant staleBefore) {
        return jdbc.sql("""
                select p.code as provider_code, p.name as provider_name, l.code as locality, c.day, c.hours_posted,
                       c.hours_booked, c.hours_offered, c.updated_at
                from hub.home_care_capacity c
                join hub.provider p on p.id = c.provider_id
                join hub.locality l on l.id = c.locality_id
                where c.day between :from and :to
                  and (cast(:locality as varchar) is null or l.code = :locality)
                  and (cast(:provider as bigint) is null or c.provider_id = :provider)
                order by l.code, p.code, c.day
                """)
                .param("from", from)
                .param("to", to)
                .param("locality", localityCode)
                .param("provider", providerId)
                .query((rs, n) -> {
                    BigDecimal posted = rs.getBigDecimal("hours_posted");
                    BigDecimal booked = rs.getBigDecimal("hours_booked");
                    BigDecimal offered = rs.getBigDecimal("hours_offered");
                    Instant updatedAt = instant(rs, "updated_at");
                    return new CapacityRow(rs.getString("provider_code"), rs.getString("provider_name"),
                            rs.getString("locality"), rs.getObject("day", LocalDate.class), posted, booked, offered,
                            posted.subtract(booked).subtract(offered), updatedAt, updatedAt.isBefore(staleBefore));
                })
                .list();
    }

    List<LocalityDayTotal> totalsByLocality(LocalDate from, LocalDate to, Instant staleBefore) {
        return jdbc.sql("""
                select l.code as locality, c.day, sum(c.hours_posted) as posted, sum(c.hours_booked) as booked,
                       sum(c.hours_offered) as offered, count(*) as providers,
                       count(*) filter (where c.updated_at < :staleBefore) as stale, min(c.updated_at) as oldest
                from hub.home_care_capacity c
                join hub.locality l on l.id = c.locality_id
                where c.day between :from and :to
                group by l.code, c.day
                order by l.code, c.day
                """)
                .param("from", from)
                .param("to", to)
                .param("staleBefore", Timestamp.from(staleBefore))
                .query((rs, n) -> {
                    BigDecimal posted = rs.getBigDecimal("posted");
                    BigDecimal booked = rs.getBigDecimal("booked");
                    BigDecimal offered = rs.getBigDecimal("offered");
                    return new LocalityDayTotal(rs.getString("locality"), rs.getObject("day", LocalDate.class), posted,
                            booked, offered, posted.subtract(booked).subtract(offered), rs.getInt("providers"),
                            rs.getInt("stale"), instant(rs, "oldest"));
                })
                .list();
    }

    /** Providers with at least the hours free in the locality on the day: fresh before stale, then most free. */
    List<HomeCareOption> options(Long localityId, LocalDate day, BigDecimal hours, String referralId,
            Instant staleBefore) {
        return jdbc.sql("""
                select p.code as provider_code, p.name as provider_name, l.code as locality, c.day,
                       c.hours_posted, c.hours_posted - c.hours_booked - c.hours_offered as free, c.updated_at,
                       c.updated_at < :staleBefore as stale,
                       (select string_agg(lower(o.status) || coalesce(' (' || o.reason || ')', ''), '; '
                                          order by o.offered_at)
                        from hub.home_care_offer o
                        where o.referral_id = :referral and o.provider_id = p.id
                          and o.status in ('DECLINED', 'EXPIRED', 'HANDED_BACK')) as earlier
                from hub.home_care_capacity c
                join hub.provider p on p.id = c.provider_id
                join hub.locality l on l.id = c.locality_id
                where c.locality_id = :locality and c.day = :day and p.kind = 'HOME_CARE'
                  and c.hours_posted - c.hours_booked - c.hours_offered >= :hours
                order by (c.updated_at < :staleBefore), free desc, p.code
                """)
                .param("locality", localityId)
                .param("day", day)
                .param("hours", hours)
                .param("referral", referralId)
                .param("staleBefore", Timestamp.from(staleBefore))
                .query((rs, n) -> {
                    BigDecimal free = rs.getBigDecimal("free");
                    boolean stale = rs.getBoolean("stale");
                    Instant updatedAt = instant(rs, "updated_at");
                    String earlier = rs.getString("earlier");
                    String reason = HomeCareCapacity.plain(free) + " of "
                            + HomeCareCapacity.plain(rs.getBigDecimal("hours_posted"))
                            + " hours per week free"
                            + (stale ? "; stale: last updated " : "; updated ") + describe(updatedAt)
                            + (earlier == null ? "" : "; earlier offers for this person: " + earlier);
                    return new HomeCareOption(rs.getString("provider_code"), rs.getString("provider_name"),
                            rs.getString("locality"), rs.getObject("day", LocalDate.class), free, stale, updatedAt,
                            reason);
                })
                .list();
    }

    List<OfferRow> offers(Long providerId, OfferStatus status, String referralId, String offerId) {
        return jdbc.sql("""
                select o.id, o.referral_id, p.code as provider_code, l.code as locality, c.day, o.hours_per_week,
                       o.status, o.expires_at, o.needs, o.offered_at, o.offered_by, o.answered_at, o.answered_by,
                       o.reason
                from hub.home_care_offer o
                join hub.home_care_capacity c on c.id = o.capacity_id
                join hub.provider p on p.id = o.provider_id
                join hub.locality l on l.id = c.locality_id
                where (cast(:provider as bigint) is null or o.provider_id = :provider)
                  and (cast(:status as varchar) is null or o.status = :status)
                  and (cast(:referral as varchar) is null or o.referral_id = :referral)
                  and (cast(:offer as varchar) is null or o.id = :offer)
                order by c.day, o.offered_at, o.id
                """)
                .param("provider", providerId)
                .param("status", status == null ? null : status.name())
                .param("referral", referralId)
                .param("offer", offerId)
                .query((rs, n) -> new OfferRow(rs.getString("id"), rs.getString("referral_id"),
                        rs.getString("provider_code"), rs.getString("locality"), rs.getObject("day", LocalDate.class),
                        rs.getBigDecimal("hours_per_week"), OfferStatus.valueOf(rs.getString("status")),
                        instant(rs, "expires_at"), rs.getString("needs"), instant(rs, "offered_at"),
                        rs.getString("offered_by"), instant(rs, "answered_at"), rs.getString("answered_by"),
                        rs.getString("reason")))
                .list();
    }

    /** The localities a provider has ever posted capacity for: the ones it serves. */
    List<String> localitiesPostedBy(Long providerId) {
        return jdbc.sql("""
                select distinct l.code from hub.home_care_capacity c join hub.locality l on l.id = c.locality_id
                where c.provider_id = :provider order by l.code
                """)
                .param("provider", providerId)
                .query(String.class)
                .list();
    }

    /** An update time as people in the hub read it: day and time in London, the year when not this year's. */
    private String describe(Instant at) {
        return at == null ? "never" : time.dateTime(at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
