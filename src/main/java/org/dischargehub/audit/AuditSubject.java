package org.dischargehub.audit;

/** Whose record an audit row is about: a referral and, when the caller knows it, the person's NHS number. */
public record AuditSubject(String referralId, String nhsNumber) {

    public static AuditSubject referral(String referralId) {
        return new AuditSubject(referralId, null);
    }
}
