package org.dischargehub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void five_failures_lock_the_account_for_fifteen_minutes() {
        UserAccount account = new UserAccount("sam", "hash", Role.MDT, null, now);
        for (int i = 0; i < 4; i++) {
            account.signInFailed(now);
        }
        assertThat(account.lockedAt(now)).isFalse();
        account.signInFailed(now);
        assertThat(account.lockedAt(now)).isTrue();
        assertThat(account.lockedAt(now.plusSeconds(14 * 60))).isTrue();
        assertThat(account.lockedAt(now.plusSeconds(15 * 60))).isFalse();
    }

    @Test
    void a_successful_sign_in_clears_the_count() {
        UserAccount account = new UserAccount("sam", "hash", Role.MDT, null, now);
        for (int i = 0; i < 4; i++) {
            account.signInFailed(now);
        }
        account.signedIn();
        account.signInFailed(now);
        assertThat(account.lockedAt(now)).isFalse();
    }

    @Test
    void a_manager_holds_the_coordinators_rights_too() {
        HubUser manager = new HubUser("m", "h", Role.MANAGER, null, false);
        assertThat(manager.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_MANAGER", "ROLE_COORDINATOR");
        assertThat(manager.toString()).doesNotContain("h,");
    }
}
