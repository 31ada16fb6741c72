package org.dischargehub.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.dischargehub.support.OlderDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A database from before the first triage was kept on the referral gets it once, from the timeline (V128). */
class FirstTriagedBackfillIntegrationTest {

    @Test
    void a_referral_gets_its_first_triage_from_the_timeline_and_an_untriaged_one_none() throws IOException {
        try (OlderDatabase database = OlderDatabase.at("127")) { // the last migration before V128
            JdbcClient jdbc = database.jdbc();
            jdbc.sql("""
                    insert into hub.locality (code, name) values ('L1', 'Locality');
                    insert into hub.referral (id, nhs_number, given_name, family_name, date_of_birth, locality_id,
                        hospital, ward, ready_to_leave_at, infection_positive, status, pathway, bed_type, created_at, created_by,
                        status_since)
                    values
                        ('R1', '9434765919', 'Ada', 'Smith', '1940-01-01', (select id from hub.locality), 'H', 'W',
                         '2025-03-03T10:00:00Z', false, 'AWAITING_CAPACITY', 2, 'REHAB', '2025-03-01T09:00:00Z', 'mdt',
                         '2025-03-02T11:00:00Z'),
                        ('R2', '9434765870', 'Bob', 'Jones', '1941-01-01', (select id from hub.locality), 'H', 'W',
                         '2025-03-03T10:00:00Z', false, 'AWAITING_TRIAGE', null, null, '2025-03-01T09:30:00Z', 'mdt',
                         '2025-03-01T09:30:00Z');
                    insert into hub.referral_event (referral_id, at, actor, action, detail) values
                        ('R1', '2025-03-01T09:00:00Z', 'mdt', 'RECEIVED', 'Referral from H, W'),
                        ('R1', '2025-03-02T11:00:00Z', 'mdt', 'TRIAGED', 'Pathway 1'),
                        ('R1', '2025-03-01T13:15:00Z', 'mdt', 'TRIAGED', 'Pathway 2'),
                        ('R1', '2025-03-01T12:00:00Z', 'mdt', 'NOTE', 'Seen on the ward'),
                        ('R2', '2025-03-01T09:30:00Z', 'mdt', 'RECEIVED', 'Referral from H, W')
                    """).update();

            database.migrateTo("128");

            Map<String, OffsetDateTime> firstTriaged = new HashMap<>();
            jdbc.sql("select id, first_triaged_at from hub.referral").query(rs -> {
                firstTriaged.put(rs.getString("id"), rs.getObject("first_triaged_at", OffsetDateTime.class));
            });
            assertThat(firstTriaged).containsOnlyKeys("R1", "R2").containsEntry("R2", null);
            assertThat(firstTriaged.get("R1").withOffsetSameInstant(ZoneOffset.UTC))
                    .isEqualTo(OffsetDateTime.parse("2025-03-01T13:15:00Z"));
        }
    }
}
