package org.dischargehub.referral;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One line of a referral's timeline: who did what, and when. Never changed once written. */
@Entity
public class ReferralEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String referralId;
    private Instant at;
    private String actor;
    private String action;
    private String detail;

    protected ReferralEvent() {
    }

    ReferralEvent(String referralId, Instant at, String actor, String action, String detail) {
        this.referralId = referralId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.detail = detail;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String detail() {
        return detail;
    }
}
