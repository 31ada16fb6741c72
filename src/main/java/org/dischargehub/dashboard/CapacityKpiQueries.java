package org.dischargehub.dashboard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.dischargehub.beds.BedStatus;
import org.dischargehub.dashboard.Kpis.BedCount;
import org.dischargehub.dashboard.Kpis.HomeCareHours;
import org.dischargehub.dashboard.Kpis.SettingDeclines;
import org.dischargehub.dashboard.Kpis.StaleProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The dashboard's capacity figures as SQL aggregates: beds by tier and type, home-care hours, stale providers. */
@Component
class CapacityKpiQueries {

    private final JdbcClient jdbc;
    private final ZoneId zone;

    CapacityKpiQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    List<BedCount> beds(KpiFilter f) {
        return jdbc.sql("""
                select s.tier, b.type,
                       count(*) filter (where b.status = :available) as available,
                       count(*) filter (where b.status = :reserved) as reserved,
                       count(*) filter (where b.status = :occupied) as occupied,
                       count(*) filter (where b.status = :closed) as closed
                from hub.bed b
                join hub.care_setting s on s.id = b.setting_id
                join hub.locality l on l.id = s.locality_id
                where cast(:locality as varchar) is null or l.code = :locality
                group by s.tier, b.type order by s.tier, b.type
                """)
                .param("locality", f.locality()).param("available", BedStatus.AVAILABLE.name())
                .param("reserved", BedStatus.RESERVED.name()).param("occupied", BedStatus.OCCUPIED.name())
                .param("closed", BedStatus.CLOSED.name())
                .query((rs, i) -> {
                    int available = rs.getInt("available");
                    int reserved = rs.getInt("reserved");
                    int occupied = rs.getInt("occupied");
                    int open = available + reserved + occupied;
                    return new BedCount(rs.getInt("tier"), rs.getString("type"), available, reserved, occupied,
                            rs.getInt("closed"), open == 0 ? null : 100.0 * occupied / open);
                })
                .list();
    }

    /** Reservations declined by the home in the period, per setting, most first. */
    List<SettingDeclines> reservationDeclines(KpiFilter f) {
        return jdbc.sql("""
                select s.code, s.name, count(*) as n
                from hub.reservation_decline d
                join hub.care_setting s on s.id = d.setting_id
                join hub.locality l on l.id = s.locality_id
                where d.declined_at >= :fromStart and d.declined_at < :afterTo
                  and (cast(:locality as varchar) is null or l.code = :locality)
                group by s.code, s.name order by n desc, s.code
                """)
                .param("fromStart", Timestamp.from(f.from().atStartOfDay(zone).toInstant()))
                .param("afterTo", Timestamp.from(f.to().plusDays(1).atStartOfDay(zone).toInstant()))
                .param("locality", f.locality())
                .query((rs, i) -> new SettingDeclines(rs.getString("code"), rs.getString("name"), rs.getInt("n")))
                .list();
    }

    List<HomeCareHours> homeCare(KpiFilter f, LocalDate today) {
        return jdbc.sql("""
                select l.code, sum(c.hours_posted) as posted, sum(c.hours_booked) as booked
                from hub.home_care_capacity c join hub.locality l on l.id = c.locality_id
                where c.day between :today and :last and (cast(:locality as varchar) is null or l.code = :locality)
                group by l.code order by l.code
                """)
                .param("today", today).param("last", today.plusDays(6)).param("locality", f.locality())
                .query((rs, i) -> new HomeCareHours(rs.getString("code"), rs.getBigDecimal("posted"),
                        rs.getBigDecimal("booked")))
                .list();
    }

    /** Home-care providers with capacity from today on whose latest update is older than the stale limit. */
    List<StaleProvider> staleProviders(KpiFilter f, LocalDate today, Instant staleBefore) {
        return jdbc.sql("""
                select p.code, p.name, max(c.updated_at) as last_updated
                from hub.home_care_capacity c
                join hub.provider p on p.id = c.provider_id
                join hub.locality l on l.id = c.locality_id
                where c.day >= :today and (cast(:locality as varchar) is null or l.code = :locality)
                group by p.code, p.name
                having max(c.updated_at) < :staleBefore
                order by p.code
                """)
                .param("today", today).param("locality", f.locality()).param("staleBefore", Timestamp.from(staleBefore))
                .query((rs, i) -> new StaleProvider(rs.getString("code"), rs.getString("name"),
                        rs.getTimestamp("last_updated").toInstant()))
                .list();
    }
}
