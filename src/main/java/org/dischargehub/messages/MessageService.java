package org.dischargehub.messages;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.dischargehub.audit.AuditService;
import org.dischargehub.audit.AuditSubject;
import org.dischargehub.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messages the hub has sent or is sending, for its staff: failed first, then waiting, then delivered. A message
 * names a person, so each list read is audited against the people in it, and a retry as a change to their record.
 */
@Service
public class MessageService {

    static final String RECORD_TYPE = "MESSAGE";
    static final int LIMIT = 500;

    private final Messages messages;
    private final AuditService audit;
    private final Clock clock;

    MessageService(Messages messages, AuditService audit, Clock clock) {
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** At most 500 messages of a status (any when null) whose referral id starts with, or recipient has, the text. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COORDINATOR', 'MANAGER')")
    public List<Message> find(DeliveryStatus status, String search) {
        List<Message> found = messages.find(status, search, LIMIT);
        audit.viewed(RECORD_TYPE, found.stream().map(Message::referralId).filter(Objects::nonNull).distinct()
                .map(AuditSubject::referral).toList());
        return found;
    }

    /** The messages that failed after their last try: the manager's incidents list shows them too. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('MANAGER')")
    public List<Message> failed() {
        return find(DeliveryStatus.FAILED, null);
    }

    /** One more try of a failed message, due now; 404 when no failed message has the id. */
    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR', 'MANAGER')")
    public Message retryNow(String id) {
        Message retried = messages.retryNow(id == null ? "" : id, clock.instant())
                .orElseThrow(() -> new NotFoundException("Failed message", id));
        if (retried.referralId() != null) {
            audit.changed("MESSAGE_RETRIED", RECORD_TYPE, AuditSubject.referral(retried.referralId()),
                    retried.template() + " by " + retried.channel() + " to " + retried.recipientRole());
        }
        return retried;
    }
}
