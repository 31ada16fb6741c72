package org.dischargehub.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit table in SQL: one INSERT per call, however many people it names. A row naming a referral or an offer
 * by id gets that person's referral and NHS number from the database when the caller did not know them.
 */
@Component
class AuditLog {

    record Row(Instant at, String username, String role, String action, String recordType, String recordId,
            String detail, String remoteAddress) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AuditLog(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Row row, Collection<AuditSubject> subjects) {
        List<Map<String, String>> people = new ArrayList<>();
        for (AuditSubject subject : subjects) {
            Map<String, String> person = new HashMap<>();
            person.put("r", subject.referralId());
            person.put("n", subject.nhsNumber());
            people.add(person);
        }
        if (people.isEmpty()) {
            people.add(Map.of());
        }
        jdbc.sql("""
                insert into hub.audit_event (at, username, role, action, record_type, record_id, referral_id,
                                             nhs_number, detail, remote_address)
                select :at, :username, :role, :action, :recordType, :recordId, t.referral_id,
                       coalesce(t.n, p.nhs_number), :detail, :address
                from (select s.n, coalesce(s.r, (select r.id from hub.referral r where r.id = :recordId),
                                 (select o.referral_id from hub.home_care_offer o where o.id = :recordId)) as referral_id
                      from jsonb_to_recordset(cast(:people as jsonb)) as s(r text, n text)) t
                left join hub.referral p on p.id = t.referral_id
                """)
                .param("at", Timestamp.from(row.at()))
                .param("username", clip(row.username(), 100))
                .param("role", row.role())
                .param("action", row.action())
                .param("recordType", row.recordType())
                .param("recordId", clip(row.recordId(), 200))
                .param("detail", clip(row.detail(), 4000))
                .param("address", clip(row.remoteAddress(), 100))
                .param("people", write(people))
                .update();
    }

    List<AuditEntry> search(AuditFilter filter, Instant from, Instant to, int limit) {
        StringBuilder sql = new StringBuilder("""
                select id, at, username, role, action, record_type, record_id, referral_id, nhs_number, detail,
                       remote_address
                from hub.audit_event where true""");
        Map<String, Object> params = new HashMap<>();
        if (filter.nhsNumber() != null) {
            sql.append(" and nhs_number = :nhs");
            params.put("nhs", filter.nhsNumber());
        }
        if (filter.username() != null) {
            sql.append(" and username = :username");
            params.put("username", filter.username());
        }
        if (from != null) {
            sql.append(" and at >= :from");
            params.put("from", Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" and at < :to");
            params.put("to", Timestamp.from(to));
        }
        sql.append(" order by at desc, id desc limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, i) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("username"), rs.getString("role"), rs.getString("action"),
                        rs.getString("record_type"), rs.getString("record_id"), rs.getString("referral_id"),
                        rs.getString("nhs_number"), rs.getString("detail"), rs.getString("remote_address")))
                .list();
    }

    /** PostgreSQL text cannot hold NUL; other control characters are kept as sent, like the records themselves. */
    private static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        String clean = text.replace('\u0000', '\uFFFD');
        return clean.length() > max ? clean.substring(0, max - 1) + "…" : clean;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
