package org.dischargehub.messages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The outbox table, by SQL: an insert that keeps the first of one key, and a claim that skips rows another holds. */
@Component
class Messages {

    private static final String COLUMNS = "id, referral_id, recipient_role, recipient_name, channel, template, status, "
            + "attempts, last_error, created_at, next_attempt_at, delivered_at";
    private static final String BY_STATUS = "case status when 'FAILED' then 0 when 'PENDING' then 1 else 2 end";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    Messages(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Writes the message unless its key is already there; either way answers the row that holds the key. */
    SentMessage insertIfNew(OutgoingMessage message, Instant now) {
        Recipient to = message.recipient();
        jdbc.sql("""
                insert into hub.message (id, idempotency_key, referral_id, recipient_role, recipient_name, address,
                    phone, channel, template, template_values, attachment_name, attachment, attachment_source,
                    attachment_ref, status, next_attempt_at, created_at)
                values (:id, :key, :referral, :role, :name, :address, :phone, :channel, :template,
                    cast(:values as jsonb), :attachmentName, :attachment, :source, :reference, 'PENDING', :now, :now)
                on conflict (idempotency_key) do nothing""")
                .param("id", UUID.randomUUID().toString()).param("key", message.idempotencyKey())
                .param("referral", message.referralId()).param("role", to.role().name()).param("name", to.name())
                .param("address", to.address()).param("phone", to.phone()).param("channel", message.channel().name())
                .param("template", message.template().name()).param("values", write(message.values()))
                .param("attachmentName", message.attachment() == null ? null : message.attachment().fileName())
                .param("attachment", message.attachment() == null ? null : message.attachment().content())
                .param("source", message.attachment() == null ? null : message.attachment().source())
                .param("reference", message.attachment() == null ? null : message.attachment().reference())
                .param("now", Timestamp.from(now)).update();
        return jdbc.sql("select id, status from hub.message where idempotency_key = :key")
                .param("key", message.idempotencyKey())
                .query((rs, n) -> new SentMessage(rs.getString("id"), DeliveryStatus.valueOf(rs.getString("status"))))
                .single();
    }

    /** The next message due by {@code now}, locked for this transaction; one another node holds is skipped. */
    Optional<DueMessage> claimDue(Instant now) {
        return jdbc.sql("""
                select * from hub.message where status = 'PENDING' and next_attempt_at <= :now
                order by next_attempt_at limit 1 for update skip locked""")
                .param("now", Timestamp.from(now)).query(this::due).optional();
    }

    void delivered(String id, int attempts, String reference, Instant at) {
        jdbc.sql("""
                update hub.message set status = 'DELIVERED', attempts = :attempts, delivery_ref = :ref,
                    delivered_at = :at, next_attempt_at = null where id = :id""")
                .param("attempts", attempts).param("ref", shorten(reference, 300)).param("at", Timestamp.from(at))
                .param("id", id).update();
    }

    /** A failed try: due again at {@code next}, or failed for good when there is no next. */
    void failedAttempt(String id, int attempts, String error, Instant next) {
        jdbc.sql("""
                update hub.message set status = :status, attempts = :attempts, last_error = :error,
                    next_attempt_at = :next where id = :id""")
                .param("status", next == null ? "FAILED" : "PENDING").param("attempts", attempts)
                .param("error", shorten(error, 500)).param("next", next == null ? null : Timestamp.from(next))
                .param("id", id).update();
    }

    /** A failed message given one more try, due now; answers it, or nothing when no failed message has the id. */
    Optional<Message> retryNow(String id, Instant now) {
        return jdbc.sql("update hub.message set status = 'PENDING', next_attempt_at = :now where id = :id "
                        + "and status = 'FAILED' returning " + COLUMNS)
                .param("now", Timestamp.from(now)).param("id", id).query(this::message).optional();
    }

    /** Failed first, then waiting, then delivered, newest first in each; by status and a referral id or a name. */
    List<Message> find(DeliveryStatus status, String search, int limit) {
        String text = search == null || search.isBlank() ? null : search.strip();
        return jdbc.sql("select " + COLUMNS + " from hub.message"
                        + " where (cast(:status as varchar) is null or status = :status)"
                        + " and (cast(:text as varchar) is null or referral_id ilike :text || '%'"
                        + " or recipient_name ilike '%' || :text || '%')"
                        + " order by " + BY_STATUS + ", created_at desc, id limit :limit")
                .param("status", status == null ? null : status.name()).param("text", text).param("limit", limit)
                .query(this::message).list();
    }

    private Message message(ResultSet rs, int row) throws SQLException {
        return new Message(rs.getString("id"), rs.getString("referral_id"),
                Recipient.Role.valueOf(rs.getString("recipient_role")), rs.getString("recipient_name"),
                Channel.valueOf(rs.getString("channel")), MessageTemplate.valueOf(rs.getString("template")),
                DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
                instant(rs, "created_at"), instant(rs, "next_attempt_at"), instant(rs, "delivered_at"));
    }

    private DueMessage due(ResultSet rs, int row) throws SQLException {
        byte[] content = rs.getBytes("attachment");
        String name = rs.getString("attachment_name");
        Attachment attachment = content != null ? Attachment.pdf(name, content)
                : rs.getString("attachment_source") == null ? null
                : Attachment.pdfMadeBy(name, rs.getString("attachment_source"), rs.getString("attachment_ref"));
        return new DueMessage(rs.getString("id"), rs.getString("idempotency_key"), rs.getString("referral_id"),
                new Recipient(Recipient.Role.valueOf(rs.getString("recipient_role")), rs.getString("recipient_name"),
                        rs.getString("address"), rs.getString("phone")),
                Channel.valueOf(rs.getString("channel")), MessageTemplate.valueOf(rs.getString("template")),
                read(rs.getString("template_values")),
                attachment,
                rs.getInt("attempts"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private String write(Map<String, String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> read(String values) {
        try {
            return json.readValue(values, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
