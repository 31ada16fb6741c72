package org.dischargehub.security.web;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.dischargehub.security.HubUser;
import org.dischargehub.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * The API's short-lived memory of passwords that passed the full BCrypt check, so that a client sending the same
 * HTTP Basic credentials on every request pays BCrypt once per TTL instead of once per request.
 *
 * <p>Per username it keeps an HMAC-SHA256 of the password under a random key made when the process starts (never
 * the password), and the account as it was when the password was verified: its stored password hash (which changes
 * with every password change, BCrypt salts each one), role and provider. The account is read from the database on
 * every request anyway (one indexed select), so a remembered password counts only while that stored hash, role and
 * provider are unchanged and the account is not locked: a password change or a lock made on any node takes effect at
 * the next request. Any failed sign-in for the username forgets it. {@code hub.security.verified-credentials-ttl}
 * bounds how long an entry lives ({@code PT0S} turns the cache off); at most {@value #DEFAULT_MAX_ENTRIES} entries,
 * the oldest evicted first.
 */
@Component
public class VerifiedCredentials {

    static final int DEFAULT_MAX_ENTRIES = 5_000;

    private record Entry(byte[] passwordMac, String passwordHash, Role role, Long providerId, Instant verifiedAt) {
    }

    private final Duration ttl;
    private final Clock clock;
    private final int maxEntries;
    private final SecretKeySpec key;
    private final AtomicLong fullChecks = new AtomicLong();
    private final Map<String, Entry> entries;

    @Autowired
    VerifiedCredentials(@Value("${hub.security.verified-credentials-ttl:PT5M}") Duration ttl, Clock clock,
            ObjectProvider<MeterRegistry> meters) {
        this(ttl, clock, DEFAULT_MAX_ENTRIES);
        meters.ifAvailable(registry -> FunctionCounter
                .builder("hub.security.password.full.checks", this, VerifiedCredentials::fullChecks)
                .description("HTTP Basic sign-ins that ran the full BCrypt check").register(registry));
    }

    VerifiedCredentials(Duration ttl, Clock clock, int maxEntries) {
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("hub.security.verified-credentials-ttl must not be negative");
        }
        this.ttl = ttl;
        this.clock = clock;
        this.maxEntries = maxEntries;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.entries = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > VerifiedCredentials.this.maxEntries;
            }
        };
    }

    /** True when this password was verified for this account, as it still stands, within the TTL. */
    boolean matches(HubUser user, String password) {
        if (ttl.isZero() || password == null) {
            return false;
        }
        Entry entry;
        synchronized (entries) {
            entry = entries.get(user.username());
        }
        if (entry == null) {
            return false;
        }
        if (!clock.instant().isBefore(entry.verifiedAt().plus(ttl))
                || !MessageDigest.isEqual(bytes(entry.passwordHash()), bytes(user.passwordHash()))
                || entry.role() != user.role() || !Objects.equals(entry.providerId(), user.providerId())) {
            forget(user.username());
            return false;
        }
        return MessageDigest.isEqual(entry.passwordMac(), mac(password));
    }

    /** Remembers a password that has just passed the full check for this account. */
    void remember(HubUser user, String password) {
        fullChecks.incrementAndGet();
        if (ttl.isZero() || password == null) {
            return;
        }
        Entry entry = new Entry(mac(password), user.passwordHash(), user.role(), user.providerId(), clock.instant());
        synchronized (entries) {
            entries.remove(user.username());
            entries.put(user.username(), entry);
        }
    }

    /** A full check that failed. */
    void failed(String username) {
        fullChecks.incrementAndGet();
        forget(username);
    }

    void forget(String username) {
        synchronized (entries) {
            entries.remove(username);
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        forget(event.getAuthentication().getName());
    }

    /** How many sign-ins ran the full BCrypt check since the start (also the meter hub.security.password.full.checks). */
    public long fullChecks() {
        return fullChecks.get();
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private byte[] mac(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(bytes(password));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] bytes(String text) {
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }
}
