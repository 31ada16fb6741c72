package org.dischargehub.beds;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The bed base read as SQL aggregates: ranking is done by the database on indexed columns. */
@Component
class BedQueries {

    private final JdbcClient jdbc;

    BedQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    BedOptions options(BedType type, boolean infectionPositive, Long localityId, Instant now, int limit) {
        List<BedOptions.Candidate> candidates = jdbc.sql("""
                select b.code as bed_code, s.code as setting_code, s.name as setting_name, s.tier, l.code as locality,
                       b.status_since, s.locality_id = :locality as same_locality
                from hub.bed b
                join hub.care_setting s on s.id = b.setting_id
                join hub.locality l on l.id = s.locality_id
                where b.status = 'AVAILABLE' and b.type = :type and s.accepting_admissions
                  and s.designated_for_infection = :infection
                order by s.tier, (s.locality_id = :locality) desc, b.status_since, b.code
                limit :limit
                """)
                .param("type", type.name())
                .param("infection", infectionPositive)
                .param("locality", localityId == null ? -1L : localityId)
                .param("limit", limit)
                .query((rs, n) -> {
                    Instant freeSince = rs.getTimestamp("status_since").toInstant();
                    boolean same = rs.getBoolean("same_locality");
                    String reason = "Tier " + rs.getInt("tier") + (same ? ", the person's own locality" : ", another locality ("
                            + rs.getString("locality") + ")") + ", free for " + describe(Duration.between(freeSince, now))
                            + (infectionPositive ? ", designated for infection" : "");
                    return new BedOptions.Candidate(rs.getString("bed_code"), rs.getString("setting_code"),
                            rs.getString("setting_name"), rs.getInt("tier"), rs.getString("locality"), type, freeSince,
                            reason);
                })
                .list();
        List<BedOptions.Exclusion> excluded = new ArrayList<>();
        jdbc.sql("""
                select s.code, s.name, s.accepting_admissions, s.admissions_reason, s.designated_for_infection,
                       count(*) filter (where b.status = 'AVAILABLE') as available, count(*) as beds
                from hub.care_setting s
                join hub.bed b on b.setting_id = s.id and b.type = :type
                group by s.id
                order by s.tier, s.code
                """)
                .param("type", type.name())
                .query((rs, n) -> {
                    String reason = null;
                    if (!rs.getBoolean("accepting_admissions")) {
                        reason = "closed to admissions (" + rs.getString("admissions_reason") + ")";
                    } else if (rs.getBoolean("designated_for_infection") && !infectionPositive) {
                        reason = "designated for infection-positive people only";
                    } else if (!rs.getBoolean("designated_for_infection") && infectionPositive) {
                        reason = "not designated for infection, and the person is infection-positive";
                    } else if (rs.getLong("available") == 0) {
                        reason = "no " + type.name().replace('_', ' ').toLowerCase() + " bed free (all "
                                + rs.getLong("beds") + " reserved, occupied or closed)";
                    }
                    if (reason != null) {
                        excluded.add(new BedOptions.Exclusion(rs.getString("code"), rs.getString("name"), reason));
                    }
                    return reason;
                })
                .list();
        return new BedOptions(candidates, excluded);
    }

    List<BedRow> beds(BedStatus status, BedType type, String localityCode, Long providerId, String bedCode) {
        return jdbc.sql("""
                select s.code as setting_code, s.name as setting_name, b.code as bed_code, b.type, s.tier,
                       l.code as locality, b.status, b.referral_id, b.status_since, b.close_reason,
                       s.accepting_admissions, s.designated_for_infection
                from hub.bed b
                join hub.care_setting s on s.id = b.setting_id
                join hub.locality l on l.id = s.locality_id
                where (cast(:status as varchar) is null or b.status = :status)
                  and (cast(:type as varchar) is null or b.type = :type)
                  and (cast(:locality as varchar) is null or l.code = :locality)
                  and (cast(:provider as bigint) is null or s.provider_id = :provider)
                  and (cast(:bed as varchar) is null or b.code = :bed)
                order by s.tier, l.code, s.code, b.code
                """)
                .param("status", status == null ? null : status.name())
                .param("type", type == null ? null : type.name())
                .param("locality", localityCode)
                .param("provider", providerId)
                .param("bed", bedCode)
                .query((rs, n) -> new BedRow(rs.getString("setting_code"), rs.getString("setting_name"),
                        rs.getString("bed_code"), BedType.valueOf(rs.getString("type")), rs.getInt("tier"),
                        rs.getString("locality"), BedStatus.valueOf(rs.getString("status")), rs.getString("referral_id"),
                        toInstant(rs.getTimestamp("status_since")), rs.getString("close_reason"),
                        rs.getBoolean("accepting_admissions"), rs.getBoolean("designated_for_infection")))
                .list();
    }

    private static Instant toInstant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static String describe(Duration duration) {
        if (duration.isNegative() || duration.toMinutes() < 60) {
            return "less than an hour";
        }
        if (duration.toHours() < 48) {
            return duration.toHours() + " hours";
        }
        return duration.toDays() + " days";
    }
}
