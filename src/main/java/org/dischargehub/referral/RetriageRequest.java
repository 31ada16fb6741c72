package org.dischargehub.referral;

import java.time.Instant;

/** The hub asked the MDT to decide the plan again, when and why: no bed fits the plan as it stands. */
public record RetriageRequest(Instant at, String reason) {
}
