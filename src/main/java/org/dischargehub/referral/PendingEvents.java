package org.dischargehub.referral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What happened to a referral in this change, by whom, waiting to be written to its timeline. */
final class PendingEvents {

    private final List<ReferralEvent> events = new ArrayList<>();
    private String actor;

    void by(String who) {
        this.actor = who;
    }

    /** A detail quoting someone's 4,000-character reason must still fit the timeline's column. */
    void record(String referralId, Instant at, String action, String detail) {
        String fitted = detail != null && detail.length() > 4000 ? detail.substring(0, 3999) + "…" : detail;
        events.add(new ReferralEvent(referralId, at, actor == null ? "system" : actor, action, fitted));
    }

    List<ReferralEvent> drain() {
        List<ReferralEvent> drained = List.copyOf(events);
        events.clear();
        return drained;
    }
}
