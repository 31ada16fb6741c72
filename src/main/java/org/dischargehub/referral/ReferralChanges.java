package org.dischargehub.referral;

import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which referrals changed when, for a system that polls for what is new (a hospital reading its Tasks). It answers
 * ids only: reading what changed is a read of each record, audited as such.
 */
@Service
@Transactional(readOnly = true)
public class ReferralChanges {

    /** Before the first event any hub can have written, and after the last: open ends of a range. */
    public static final Instant EVER_BEFORE = Instant.EPOCH;
    public static final Instant EVER_AFTER = Instant.parse("9999-12-31T00:00:00Z");

    private final ReferralEvents events;

    ReferralChanges(ReferralEvents events) {
        this.events = events;
    }

    /** The referrals whose latest change lies strictly between the two instants, least recently changed first. */
    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public List<String> changedBetween(Instant after, Instant before) {
        return events.changedBetween(after, before);
    }
}
