package org.dischargehub.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the audit table the way an investigator would: by person, by user, since a moment. */
final class AuditRows {

    private final JdbcClient jdbc;

    AuditRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every row about a referral, oldest first, as maps of column to value. */
    List<Map<String, Object>> about(String referralId) {
        return jdbc.sql("select * from hub.audit_event where referral_id = :id order by id")
                .param("id", referralId).query().listOfRows();
    }

    List<Map<String, Object>> byUserSince(String username, Instant since) {
        return jdbc.sql("select * from hub.audit_event where username = :user and at >= :since order by id")
                .param("user", username).param("since", java.sql.Timestamp.from(since)).query().listOfRows();
    }

    /** What one user did to a referral, oldest first: other users' open pages may log views of it meanwhile. */
    List<String> actionsAbout(String referralId, String username) {
        return by(referralId, username).stream().map(row -> (String) row.get("action")).toList();
    }

    List<Map<String, Object>> by(String referralId, String username) {
        return about(referralId).stream().filter(row -> username.equals(row.get("username"))).toList();
    }
}
