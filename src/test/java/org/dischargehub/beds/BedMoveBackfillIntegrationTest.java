package org.dischargehub.beds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dischargehub.support.OlderDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A database from before bed moves were data keeps its moves: V80 reads them once from the timeline. */
class BedMoveBackfillIntegrationTest {

    @Test
    void the_moves_in_an_older_timeline_become_bed_moves_and_nothing_else_does() throws IOException {
        try (OlderDatabase database = OlderDatabase.at("70")) { // the last migration before V80
            JdbcClient jdbc = database.jdbc();
            jdbc.sql("""
                    insert into hub.locality (code, name) values ('L1', 'Locality');
                    insert into hub.provider (code, name, kind) values ('P1', 'Provider', 'BED_BASED');
                    insert into hub.care_setting (code, name, provider_id, locality_id, tier, daily_rate,
                        designated_for_infection)
                    values ('S1', 'Setting', (select id from hub.provider), (select id from hub.locality), 1, 100, false);
                    insert into hub.bed (code, setting_id, type)
                    select code, (select id from hub.care_setting), 'REHAB' from unnest(array['B-1', 'B-2', 'B 3']) code;
                    insert into hub.referral (id, nhs_number, given_name, family_name, date_of_birth, locality_id,
                        hospital, ward, ready_to_leave_at, infection_positive, status, pathway, bed_type,
                        allocated_bed_code, discharged_on, created_at, created_by)
                    values ('R1', '9434765919', 'Ada', 'Smith', '1940-01-01', (select id from hub.locality), 'H', 'W',
                        '2025-03-01T10:00:00Z', false, 'IN_D2A', 2, 'REHAB', 'B 3', '2025-03-02',
                        '2025-03-01T09:00:00Z', 'mdt');
                    insert into hub.referral_event (referral_id, at, actor, action, detail) values
                        ('R1', '2025-03-01T12:00:00Z', 'coordinator', 'BED_RESERVED', 'Bed B-1 reserved'),
                        ('R1', '2025-03-05T12:00:00Z', 'coordinator', 'BED_MOVED', 'Moved from bed B-1 to bed B-2'),
                        ('R1', '2025-03-09T12:00:00Z', 'coordinator', 'BED_MOVED', 'Moved from bed B-2 to bed B 3'),
                        ('R1', '2025-03-10T12:00:00Z', 'coordinator', 'NOTE', 'Moved from bed B-1 to bed B-2')
                    """).update();

            database.migrateTo("80");

            List<Map<String, Object>> moves = jdbc.sql("""
                    select referral_id, from_bed_code, to_bed_code, moved_at from hub.bed_move order by moved_at
                    """).query().listOfRows();
            assertThat(moves).extracting(m -> List.of(m.get("referral_id"), m.get("from_bed_code"),
                    m.get("to_bed_code"), ((Timestamp) m.get("moved_at")).toInstant()))
                    .containsExactly(
                            List.of("R1", "B-1", "B-2", Instant.parse("2025-03-05T12:00:00Z")),
                            List.of("R1", "B-2", "B 3", Instant.parse("2025-03-09T12:00:00Z")));
        }
    }
}
