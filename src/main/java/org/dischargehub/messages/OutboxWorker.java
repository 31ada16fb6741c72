package org.dischargehub.messages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox. Each message is claimed, delivered and marked in one transaction of its own, its row locked
 * (FOR UPDATE SKIP LOCKED) meanwhile, so two nodes never deliver one message twice. A failed try is retried with
 * exponential back-off ({@code hub.messages.retry.first-delay}, doubling); after {@code hub.messages.retry.attempts}
 * tries, or a failure no retry can mend, the message is FAILED and waits for a person on the Messages page.
 */
@Component
public class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    private static final int BATCH = 50;

    private final Messages messages;
    private final Delivery delivery;
    private final Map<String, AttachmentSource> sources;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration firstDelay;

    OutboxWorker(Messages messages, Delivery delivery, List<AttachmentSource> sources,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${hub.messages.retry.attempts:5}") int maxAttempts,
            @Value("${hub.messages.retry.first-delay:PT1M}") Duration firstDelay) {
        this.messages = messages;
        this.delivery = delivery;
        this.sources = sources.stream().collect(Collectors.toMap(AttachmentSource::name, Function.identity()));
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.firstDelay = firstDelay;
    }

    @Scheduled(initialDelayString = "${hub.messages.worker.every:PT10S}",
            fixedDelayString = "${hub.messages.worker.every:PT10S}")
    void deliverDue() {
        deliverDue(clock.instant());
    }

    /** Delivers (or tries) each message due by {@code now}, up to a batch; answers how many it tried. */
    public int deliverDue(Instant now) {
        int tried = 0;
        while (tried < BATCH && Boolean.TRUE.equals(transaction.execute(status -> deliverOne(now)))) {
            tried++;
        }
        return tried;
    }

    /** How long after the n-th failed try the next is due: the first delay, doubled for each try before. */
    Duration backOff(int attempts) {
        return firstDelay.multipliedBy(1L << Math.min(attempts - 1, 20));
    }

    private boolean deliverOne(Instant now) {
        return messages.claimDue(now).map(message -> {
            int attempts = message.attempts() + 1;
            try {
                messages.delivered(message.id(), attempts, delivery.deliver(made(message)), now);
            } catch (DeliveryFailure failure) {
                failed(message, attempts, failure.getMessage(), failure.permanent(), now);
            } catch (RuntimeException e) {
                // a fault of the delivery itself counts as a try, so one message cannot stop the others behind it
                failed(message, attempts, e.toString(), false, now);
            }
            return true;
        }).orElse(false);
    }

    /** The message with its attachment's content, made now by its source if the outbox holds only a reference. */
    private DueMessage made(DueMessage message) throws DeliveryFailure {
        Attachment attachment = message.attachment();
        if (attachment == null || attachment.made()) {
            return message;
        }
        AttachmentSource source = sources.get(attachment.source());
        if (source == null) {
            throw new DeliveryFailure("No part of the hub makes attachments from " + attachment.source(), true, null);
        }
        return message.withAttachment(attachment.madeAs(source.make(attachment.reference())));
    }

    private void failed(DueMessage message, int attempts, String error, boolean permanent, Instant now) {
        boolean last = permanent || attempts >= maxAttempts;
        log.warn("Message {} ({} to {}) not delivered on try {}{}: {}", message.id(), message.channel(),
                message.recipient().role(), attempts, last ? ", the last" : "", error);
        messages.failedAttempt(message.id(), attempts, error, last ? null : now.plus(backOff(attempts)));
    }
}
