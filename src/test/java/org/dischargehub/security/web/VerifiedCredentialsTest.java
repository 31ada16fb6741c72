package org.dischargehub.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.dischargehub.security.HubUser;
import org.dischargehub.security.Role;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private static final HubUser ANNE = new HubUser("anne", "$2a$10$hash-of-anne", Role.MDT, null, false);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T09:00:00Z"));

    @Test
    void a_remembered_password_counts_until_the_ttl_has_passed_and_not_after() {
        VerifiedCredentials verified = new VerifiedCredentials(Duration.ofMinutes(5), clock, 10);
        verified.remember(ANNE, "correct-horse-battery");

        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(verified.matches(ANNE, "correct-horse-battery")).isTrue();

        clock.advance(Duration.ofSeconds(1));
        assertThat(verified.matches(ANNE, "correct-horse-battery")).isFalse();
        assertThat(verified.size()).as("the expired entry is dropped").isZero();
    }

    @Test
    void only_the_same_password_for_the_same_hash_role_and_provider_matches() {
        VerifiedCredentials verified = new VerifiedCredentials(Duration.ofMinutes(5), clock, 10);
        verified.remember(ANNE, "correct-horse-battery");

        assertThat(verified.matches(ANNE, "correct-horse-batterY")).isFalse();
        assertThat(verified.matches(ANNE, null)).isFalse();
        assertThat(verified.matches(ANNE, "correct-horse-battery")).isTrue();
        assertThat(verified.matches(new HubUser("anne", "$2a$10$another-hash", Role.MDT, null, false),
                "correct-horse-battery")).isFalse();
        verified.remember(ANNE, "correct-horse-battery");
        assertThat(verified.matches(new HubUser("anne", ANNE.passwordHash(), Role.MANAGER, null, false),
                "correct-horse-battery")).isFalse();
        verified.remember(ANNE, "correct-horse-battery");
        assertThat(verified.matches(new HubUser("anne", ANNE.passwordHash(), Role.MDT, 7L, false),
                "correct-horse-battery")).isFalse();
    }

    @Test
    void a_failed_check_forgets_the_username_and_a_zero_ttl_remembers_nothing() {
        VerifiedCredentials verified = new VerifiedCredentials(Duration.ofMinutes(5), clock, 10);
        verified.remember(ANNE, "correct-horse-battery");
        verified.failed("anne");
        assertThat(verified.matches(ANNE, "correct-horse-battery")).isFalse();
        assertThat(verified.fullChecks()).isEqualTo(2);

        VerifiedCredentials off = new VerifiedCredentials(Duration.ZERO, clock, 10);
        off.remember(ANNE, "correct-horse-battery");
        assertThat(off.matches(ANNE, "correct-horse-battery")).isFalse();
        assertThat(off.size()).isZero();
    }

    @Test
    void the_oldest_entry_is_evicted_beyond_the_bound() {
        VerifiedCredentials verified = new VerifiedCredentials(Duration.ofMinutes(5), clock, 3);
        for (int i = 0; i < 4; i++) {
            verified.remember(new HubUser("user" + i, "hash" + i, Role.MDT, null, false), "password" + i);
        }
        assertThat(verified.size()).isEqualTo(3);
        assertThat(verified.matches(new HubUser("user0", "hash0", Role.MDT, null, false), "password0")).isFalse();
        assertThat(verified.matches(new HubUser("user3", "hash3", Role.MDT, null, false), "password3")).isTrue();
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
