package org.dischargehub.messages;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A message as the hub's staff see it: to whom, how, and how its delivery went. */
public record Message(String id, @Schema(nullable = true) String referralId, Recipient.Role recipientRole,
        @Schema(nullable = true) String recipientName, Channel channel, MessageTemplate template,
        DeliveryStatus status, int attempts, @Schema(nullable = true) String lastError, Instant createdAt,
        @Schema(nullable = true) Instant nextAttemptAt, @Schema(nullable = true) Instant deliveredAt) {
}
