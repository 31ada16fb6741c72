package org.dischargehub.load;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The safety invariants checked in SQL after a run, over the whole database: each must count zero. A bed is never
 * held for two people, every held bed belongs to the open referral that holds it, and no provider-day is overbooked:
 * booked + offered never exceeds posted, and both equal the accepted and open offers made against the day.
 */
public final class Invariants {

    static final Map<String, String> CHECKS = new LinkedHashMap<>();

    static {
        CHECKS.put("beds allocated to two open referrals", """
                select count(*) from (select allocated_bed_code from hub.referral
                    where allocated_bed_code is not null and status in ('READY_TO_DISCHARGE', 'IN_D2A', 'FUNDING_DECIDED')
                    group by allocated_bed_code having count(*) > 1) doubled""");
        CHECKS.put("held beds whose holder is not the open referral allocated to them", """
                select count(*) from hub.bed b left join hub.referral r on r.id = b.referral_id
                where b.referral_id is not null and (r.id is null or r.allocated_bed_code is distinct from b.code
                    or r.status not in ('READY_TO_DISCHARGE', 'IN_D2A', 'FUNDING_DECIDED'))""");
        CHECKS.put("provider-days with booked + offered > posted", """
                select count(*) from hub.home_care_capacity where hours_booked + hours_offered > hours_posted""");
        CHECKS.put("provider-days whose booked or offered hours differ from their accepted and open offers", """
                select count(*) from hub.home_care_capacity c left join (
                    select capacity_id,
                           sum(hours_per_week) filter (where status = 'ACCEPTED') as accepted,
                           sum(hours_per_week) filter (where status = 'OPEN') as open
                    from hub.home_care_offer group by capacity_id) o on o.capacity_id = c.id
                where c.hours_booked <> coalesce(o.accepted, 0) or c.hours_offered <> coalesce(o.open, 0)""");
    }

    private Invariants() {
    }

    /** Each check's name and its count of violations (all zero when the hub kept its promises). */
    public static Map<String, Long> check(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Map<String, Long> counts = new LinkedHashMap<>();
        CHECKS.forEach((name, sql) -> counts.put(name, jdbc.queryForObject(sql, Long.class)));
        return counts;
    }

    public static boolean allZero(Map<String, Long> counts) {
        return counts.values().stream().allMatch(c -> c == 0);
    }

    public static String table(Map<String, Long> counts) {
        StringBuilder out = new StringBuilder("| invariant (SQL after the run) | violations |\n| --- | --- |\n");
        counts.forEach((name, count) -> out.append("| ").append(name).append(" | ").append(count).append(" |\n"));
        return out.toString();
    }
}
