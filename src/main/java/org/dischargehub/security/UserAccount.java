package org.dischargehub.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;

@Entity
public class UserAccount {

    static final int LOCK_AFTER_FAILURES = 5;
    static final Duration LOCK_FOR = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    private Long providerId;
    private int failedAttempts;
    private Instant lockedUntil;
    private Instant createdAt;

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash, Role role, Long providerId, Instant now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.providerId = providerId;
        this.createdAt = now;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void signInFailed(Instant now) {
        failedAttempts++;
        if (failedAttempts >= LOCK_AFTER_FAILURES) {
            lockedUntil = now.plus(LOCK_FOR);
            failedAttempts = 0;
        }
    }

    /** Whether a successful sign-in has anything to clear: failed attempts counted or a lock on record. */
    boolean hasFailuresOnRecord() {
        return failedAttempts > 0 || lockedUntil != null;
    }

    void signedIn() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public Long providerId() {
        return providerId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
