package org.dischargehub.incident;

import java.time.Instant;

/**
 * A process step that failed on every retry and now waits for a person: which process and referral it belongs to,
 * the step, and the engine's message. {@code referralId} is null for processes that are not a referral's.
 */
public record ProcessIncident(String id, String process, String businessKey, String referralId, String stepId,
        String step, String message, Instant since) {
}
