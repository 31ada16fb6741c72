package org.dischargehub.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.dischargehub.support.OlderDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database from before escalations closed themselves: V93 closes the ones whose referral is already past the
 * condition, dated by the timeline; V94 keeps open duplicates made before the one-open-referral rule, and the hub
 * starts on them.
 */
class EscalationBackfillIntegrationTest {

    @Test
    void escalations_already_past_their_condition_are_closed_from_the_timeline_and_the_rest_stay_open()
            throws IOException {
        try (OlderDatabase database = OlderDatabase.at("80")) {
            JdbcClient jdbc = database.jdbc();
            jdbc.sql("""
                    insert into hub.locality (code, name) values ('L1', 'Locality');
                    insert into hub.referral (id, nhs_number, given_name, family_name, date_of_birth, locality_id,
                        hospital, ward, ready_to_leave_at, infection_positive, status, pathway, bed_type,
                        discharged_on, funding_outcome, funding_decided_on, funding_rationale, created_at, created_by)
                    values
                      ('WAIT', '9434765919', 'A', 'A', '1940-01-01', (select id from hub.locality), 'H', 'W',
                        '2025-03-01T08:00:00Z', false, 'AWAITING_CAPACITY', 2, 'REHAB', null, null, null, null,
                        '2025-03-01T09:00:00Z', 'mdt'),
                      ('GONE', '4010232137', 'B', 'B', '1940-01-01', (select id from hub.locality), 'H', 'W',
                        '2025-03-01T08:00:00Z', false, 'CANCELLED', null, null, null, null, null, null,
                        '2025-03-01T09:00:00Z', 'mdt'),
                      ('PAID', '4505577104', 'C', 'C', '1940-01-01', (select id from hub.locality), 'H', 'W',
                        '2025-03-01T08:00:00Z', false, 'FUNDING_DECIDED', 2, 'REHAB', '2025-03-02', 'CHC',
                        '2025-04-20', 'Eligible', '2025-03-01T09:00:00Z', 'mdt'),
                      ('TWIN', '4505577104', 'C', 'C', '1940-01-01', (select id from hub.locality), 'H', 'W',
                        '2025-03-01T08:00:00Z', false, 'AWAITING_TRIAGE', null, null, null, null, null, null,
                        '2025-03-01T10:00:00Z', 'mdt');
                    insert into hub.referral_event (referral_id, at, actor, action, detail) values
                        ('WAIT', '2025-03-01T11:00:00Z', 'mdt', 'TRIAGED', 'Pathway 2'),
                        ('GONE', '2025-03-02T15:00:00Z', 'mdt', 'CANCELLED', 'Referred twice'),
                        ('PAID', '2025-04-20T16:00:00Z', 'coordinator', 'FUNDING_DECIDED', 'CHC');
                    insert into hub.escalation (referral_id, kind, detail, raised_at) values
                        ('WAIT', 'TRIAGE_OVERDUE', 'x', '2025-03-01T10:30:00Z'),
                        ('WAIT', 'NO_BED', 'x', '2025-03-01T16:00:00Z'),
                        ('GONE', 'DISCHARGE_DELAYED', 'x', '2025-03-02T09:00:00Z'),
                        ('PAID', 'FUNDED_PERIOD_ENDED', 'x', '2025-04-14T00:00:00Z'),
                        (null, 'NO_BED', 'x', '2025-03-01T10:00:00Z');
                    """).update();

            database.migrateTo("94");

            List<Map<String, Object>> escalations = jdbc.sql("""
                    select referral_id, kind, closed_at, closed_because from hub.escalation order by id""")
                    .query().listOfRows();
            assertThat(escalations).extracting(e -> e.get("referral_id") + " " + e.get("kind") + " "
                    + (e.get("closed_at") == null ? "open" : ((Timestamp) e.get("closed_at")).toInstant()
                            + " " + e.get("closed_because")))
                    .containsExactly(
                            "WAIT TRIAGE_OVERDUE 2025-03-01T11:00:00Z TRIAGED",
                            "WAIT NO_BED open",
                            "GONE DISCHARGE_DELAYED 2025-03-02T15:00:00Z REFERRAL_CANCELLED",
                            "PAID FUNDED_PERIOD_ENDED 2025-04-20T16:00:00Z FUNDING_DECIDED",
                            "null NO_BED open");
            assertThat(catchThrowable(() -> jdbc.sql("""
                    insert into hub.referral (id, nhs_number, given_name, family_name, date_of_birth, locality_id,
                        hospital, ward, ready_to_leave_at, infection_positive, status, created_at, created_by)
                    select 'THIRD', nhs_number, given_name, family_name, date_of_birth, locality_id, hospital, ward,
                        ready_to_leave_at, infection_positive, 'AWAITING_TRIAGE', created_at, created_by
                    from hub.referral where id = 'WAIT'""").update()))
                    .hasMessageContaining("referral_one_open_per_nhs_number");
        }
    }
}
