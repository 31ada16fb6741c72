package org.dischargehub.beds;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dischargehub.directory.PriceSight;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The bed base read as SQL aggregates: ranking is done by the database on indexed columns. */
@Component
class BedQueries {

    private final JdbcClient jdbc;

    BedQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SettingRow> settingRows(PriceSight sight) {
        return jdbc.sql("""
                select s.code, s.name, p.code as provider, l.code as locality, s.tier, s.provider_id, s.daily_rate,
                       s.designated_for_infection, s.accepting_admissions, s.admissions_reason,
                       (select count(*) from hub.bed b where b.setting_id = s.id) as beds
                from hub.care_setting s
                join hub.provider p on p.id = s.provider_id
                join hub.locality l on l.id = s.locality_id
                order by s.tier, s.code
                """)
                .query((rs, i) -> new SettingRow(rs.getString("code"), rs.getString("name"), rs.getString("provider"),
                        rs.getString("locality"), rs.getInt("tier"),
                        sight.shown(rs.getLong("provider_id"), rs.getBigDecimal("daily_rate")),
                        rs.getBoolean("designated_for_infection"), rs.getBoolean("accepting_admissions"),
                        rs.getString("admissions_reason"), rs.getLong("beds")))
                .list();
    }

    BedOptions options(BedType type, boolean infectionPositive, Long localityId, Map<String, SettingFlag> flags,
            Instant now, int limit) {
        List<BedOptions.Candidate> candidates = jdbc.sql("""
                select b.code as bed_code, s.code as setting_code, s.name as setting_name, s.tier, l.code as locality,
                       b.status_since, s.locality_id = :locality as same_locality
                from hub.bed b
                join hub.care_setting s on s.id = b.setting_id
                join hub.locality l on l.id = s.locality_id
                where b.status = 'AVAILABLE' and b.type = :type and s.accepting_admissions
                  and s.designated_for_infection = :infection
                order by s.tier, case when s.code = any(cast(:red as varchar[])) then 2
                                      when s.code = any(cast(:amber as varchar[])) then 1 else 0 end,
                         (s.locality_id = :locality) desc, b.status_since, b.code
                limit :limit
                """)
                .param("type", type.name())
                .param("infection", infectionPositive)
                .param("locality", localityId == null ? -1L : localityId)
                .param("red", flagged(flags, 2))
                .param("amber", flagged(flags, 1))
                .param("limit", limit)
                .query((rs, n) -> {
                    Instant freeSince = rs.getTimestamp("status_since").toInstant();
                    boolean same = rs.getBoolean("same_locality");
                    String reason = "Tier " + rs.getInt("tier") + (same ? ", the person's own locality" : ", another locality ("
                            + rs.getString("locality") + ")") + ", free for " + describe(Duration.between(freeSince, now))
                            + (infectionPositive ? ", designated for infection" : "");
                    SettingFlag flag = flags.get(rs.getString("setting_code"));
                    return new BedOptions.Candidate(rs.getString("bed_code"), rs.getString("setting_code"),
                            rs.getString("setting_name"), rs.getInt("tier"), rs.getString("locality"), type, freeSince,
                            reason, flag == null ? null : flag.rag(), flag == null ? List.of() : flag.warnings());
                })
                .list();
        return new BedOptions(candidates, leftOut(type, infectionPositive));
    }

    /** Every setting with no candidate for this person, and the first reason why, in the order a coordinator asks. */
    private List<BedOptions.Exclusion> leftOut(BedType type, boolean infectionPositive) {
        String label = type.name().replace('_', ' ').toLowerCase();
        List<BedOptions.Exclusion> excluded = new ArrayList<>();
        jdbc.sql("""
                select s.code, s.name, s.accepting_admissions, s.admissions_reason, s.designated_for_infection,
                       count(b.id) filter (where b.status = 'AVAILABLE') as available, count(b.id) as beds
                from hub.care_setting s
                left join hub.bed b on b.setting_id = s.id and b.type = :type
                group by s.id
                order by s.tier, s.code
                """)
                .param("type", type.name())
                .query((rs, n) -> {
                    BedOptions.LeftOut why = null;
                    String reason = null;
                    if (rs.getLong("beds") == 0) {
                        why = BedOptions.LeftOut.NO_BED_OF_TYPE;
                        reason = "no " + label + " bed in this setting";
                    } else if (!rs.getBoolean("accepting_admissions")) {
                        why = BedOptions.LeftOut.CLOSED;
                        reason = "closed to admissions (" + rs.getString("admissions_reason") + ")";
                    } else if (rs.getBoolean("designated_for_infection") && !infectionPositive) {
                        why = BedOptions.LeftOut.DESIGNATED_PERSON_NEGATIVE;
                        reason = "designated for infection-positive people only";
                    } else if (!rs.getBoolean("designated_for_infection") && infectionPositive) {
                        why = BedOptions.LeftOut.NOT_DESIGNATED_PERSON_POSITIVE;
                        reason = "not designated for infection, and the person is infection-positive";
                    } else if (rs.getLong("available") == 0) {
                        why = BedOptions.LeftOut.NO_FREE_BED;
                        reason = "no " + label + " bed free (all " + rs.getLong("beds") + " reserved, occupied or closed)";
                    }
                    if (why != null) {
                        excluded.add(new BedOptions.Exclusion(rs.getString("code"), rs.getString("name"), why, reason));
                    }
                    return reason;
                })
                .list();
        return excluded;
    }

    private static String[] flagged(Map<String, SettingFlag> flags, int rank) {
        return flags.entrySet().stream().filter(e -> e.getValue().rank() == rank).map(Map.Entry::getKey)
                .toArray(String[]::new);
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
