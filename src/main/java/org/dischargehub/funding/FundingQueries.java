package org.dischargehub.funding;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Placements after discharge read as SQL, with the current rate of the bed's setting or the home-care provider. */
@Component
class FundingQueries {

    /** No scheme funds more than this, so older discharges cannot reach into the month asked for. */
    private static final int LONGEST_FUNDED_PERIOD = 366;

    private final JdbcClient jdbc;

    FundingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Placements that may have funded days between {@code first} and {@code last}; the rule decides which do. */
    List<Placement> placements(LocalDate first, LocalDate last) {
        return jdbc.sql("""
                select r.id, r.nhs_number, r.pathway, r.discharged_on, r.funding_decided_on, r.closed_on,
                       r.hours_per_week, s.daily_rate, p.hourly_rate,
                       r.given_name || ' ' || r.family_name as person, coalesce(s.name, p.name) as placed_with
                from hub.referral r
                left join hub.bed b on b.code = r.allocated_bed_code
                left join hub.care_setting s on s.id = b.setting_id
                left join hub.provider p on p.code = r.allocated_provider
                where r.pathway between 1 and 3
                  and r.discharged_on between :earliest and :last
                  and (r.funding_decided_on is null or r.funding_decided_on > :first)
                  and (r.closed_on is null or r.closed_on > :first)
                """)
                .param("earliest", first.minusDays(LONGEST_FUNDED_PERIOD))
                .param("first", first)
                .param("last", last)
                .query((rs, n) -> {
                    Rate rate = rs.getInt("pathway") == 1
                            ? new Rate.Hourly(rs.getBigDecimal("hours_per_week"), rs.getBigDecimal("hourly_rate"))
                            : new Rate.Daily(rs.getBigDecimal("daily_rate"));
                    return new Placement(rs.getString("id"), rs.getString("nhs_number"),
                            date(rs, "discharged_on"), date(rs, "funding_decided_on"),
                            date(rs, "closed_on"), rate, rs.getString("person"), rs.getString("placed_with"));
                })
                .list();
    }

    /**
     * People in their funded period (discharged on pathways 1 to 3, the episode not closed), with where they are
     * placed, narrowed by the filter; those with a decision only when the filter asks for them.
     */
    List<TrackedPlacement> tracked(TrackerFilter filter) {
        return jdbc.sql("""
                select r.id, r.nhs_number, r.given_name, r.family_name, r.pathway, l.code as locality, r.discharged_on,
                       r.assessment_status, r.funding_outcome, r.funding_decided_on, r.funding_fast_track,
                       r.funding_rationale, r.funding_decided_by,
                       s.code as setting_code, s.name as setting_name, s.daily_rate, r.hours_per_week, hp.hourly_rate,
                       coalesce(sp.code, r.allocated_provider) as provider_code
                from hub.referral r
                join hub.locality l on l.id = r.locality_id
                left join hub.bed b on b.code = r.allocated_bed_code
                left join hub.care_setting s on s.id = b.setting_id
                left join hub.provider sp on sp.id = s.provider_id
                left join hub.provider hp on hp.code = r.allocated_provider
                where r.pathway between 1 and 3 and r.discharged_on is not null and r.closed_on is null
                  and (:includeDecided or r.funding_outcome is null)
                  and (cast(:pathway as integer) is null or r.pathway = :pathway)
                  and (cast(:locality as varchar) is null or l.code = :locality)
                  and (cast(:provider as varchar) is null or coalesce(sp.code, r.allocated_provider) = :provider)
                  and (cast(:setting as varchar) is null or s.code = :setting)
                """)
                .param("includeDecided", filter.includeDecided())
                .param("pathway", filter.pathway())
                .param("locality", filter.locality())
                .param("provider", filter.provider())
                .param("setting", filter.setting())
                .query((rs, n) -> new TrackedPlacement(rs.getString("id"), rs.getString("nhs_number"),
                        rs.getString("given_name") + " " + rs.getString("family_name"), rs.getInt("pathway"),
                        rs.getString("locality"), rs.getString("provider_code"), rs.getString("setting_code"),
                        rs.getString("setting_name"), date(rs, "discharged_on"),
                        rs.getString("assessment_status") == null ? null
                                : AssessmentStatus.valueOf(rs.getString("assessment_status")),
                        rs.getString("funding_outcome") == null ? null : new FundingDecision(
                                FundingOutcome.valueOf(rs.getString("funding_outcome")),
                                date(rs, "funding_decided_on"), rs.getString("funding_rationale"),
                                rs.getString("funding_decided_by"), rs.getBoolean("funding_fast_track")),
                        rate(rs.getInt("pathway"), rs.getBigDecimal("daily_rate"), rs.getBigDecimal("hours_per_week"),
                                rs.getBigDecimal("hourly_rate"))))
                .list();
    }

    private static Rate rate(int pathway, BigDecimal dailyRate, BigDecimal hoursPerWeek, BigDecimal hourlyRate) {
        if (pathway == 1) {
            return hoursPerWeek == null || hourlyRate == null ? null : new Rate.Hourly(hoursPerWeek, hourlyRate);
        }
        return dailyRate == null ? null : new Rate.Daily(dailyRate);
    }

    /** A date column read as a LocalDate by the driver, without a java.sql.Date and its calendar on the way. */
    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** One row of the tracker as stored, before today's figures are worked out. */
    record TrackedPlacement(String referralId, String nhsNumber, String name, int pathway, String locality,
            String providerCode, String settingCode, String settingName, LocalDate dischargedOn,
            AssessmentStatus assessmentStatus, FundingDecision decision, Rate rate) {
    }
}
