package org.dischargehub.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import org.dischargehub.support.Api;
import org.dischargehub.support.County;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** HTTP Basic through the API: BCrypt once per password and TTL, never at the cost of a change, a lock or lock-out. */
@HubIntegrationTest
class VerifiedCredentialsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    VerifiedCredentials verified;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void a_second_request_with_the_same_credentials_is_accepted_without_a_bcrypt_check() {
        String user = new County(port).user("cached", "MDT", null);
        Api api = Api.as(port, user, County.password());

        long before = verified.fullChecks();
        assertThat(api.get("/api/localities").status()).isEqualTo(200);
        assertThat(verified.fullChecks()).isEqualTo(before + 1);

        for (int i = 0; i < 3; i++) {
            assertThat(api.get("/api/localities").status()).isEqualTo(200);
        }
        assertThat(verified.fullChecks()).isEqualTo(before + 1);
    }

    @Test
    void a_wrong_password_after_a_remembered_right_one_is_a_401_and_counts_toward_lock_out() {
        String user = new County(port).user("cachedwrong", "MDT", null);
        Api right = Api.as(port, user, County.password());
        assertThat(right.get("/api/localities").status()).isEqualTo(200);

        long before = verified.fullChecks();
        Api.Response wrong = Api.as(port, user, "wrong-password").get("/api/localities");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.isProblem()).isTrue();
        assertThat(verified.fullChecks()).as("the wrong password got the full check").isEqualTo(before + 1);
        assertThat(failedAttempts(user)).isEqualTo(1);

        assertThat(right.get("/api/localities").status()).isEqualTo(200);
        assertThat(verified.fullChecks()).as("the failure forgot the remembered password").isEqualTo(before + 2);
        assertThat(failedAttempts(user)).as("a success resets the count").isZero();

        for (int i = 0; i < 5; i++) {
            assertThat(Api.as(port, user, "wrong-password").get("/api/localities").status()).isEqualTo(401);
        }
        assertThat(right.get("/api/localities").status()).as("locked after five failures").isEqualTo(401);
    }

    @Test
    void a_password_changed_in_the_database_makes_the_remembered_one_fail_at_once() {
        String user = new County(port).user("cachedchange", "MDT", null);
        Api old = Api.as(port, user, County.password());
        assertThat(old.get("/api/localities").status()).isEqualTo(200);
        assertThat(old.get("/api/localities").status()).isEqualTo(200);

        // as another node, or any other writer of the account, would change it
        jdbc.update("update hub.user_account set password_hash = ? where username = ?",
                passwordEncoder.encode("a-brand-new-password"), user);

        assertThat(old.get("/api/localities").status()).isEqualTo(401);
        assertThat(Api.as(port, user, "a-brand-new-password").get("/api/localities").status()).isEqualTo(200);
    }

    @Test
    void a_locked_account_is_refused_at_once_even_with_a_remembered_password() {
        String user = new County(port).user("cachedlock", "MDT", null);
        Api api = Api.as(port, user, County.password());
        assertThat(api.get("/api/localities").status()).isEqualTo(200);

        jdbc.update("update hub.user_account set locked_until = ? where username = ?",
                Timestamp.from(TestClock.now().plus(15, ChronoUnit.MINUTES)), user);
        long before = verified.fullChecks();
        assertThat(api.get("/api/localities").status()).isEqualTo(401);
        assertThat(verified.fullChecks()).as("refused before any password check").isEqualTo(before);

        jdbc.update("update hub.user_account set locked_until = null where username = ?", user);
        assertThat(api.get("/api/localities").status()).isEqualTo(200);
        assertThat(verified.fullChecks()).as("the lock's failure forgot the password").isEqualTo(before + 1);
    }

    @Test
    void a_role_changed_in_the_database_is_checked_again_and_takes_effect_at_once() {
        String user = new County(port).user("cachedrole", "MANAGER", null);
        Api api = Api.as(port, user, County.password());
        assertThat(api.get("/api/users").status()).isEqualTo(200);

        jdbc.update("update hub.user_account set role = 'MDT' where username = ?", user);
        long before = verified.fullChecks();
        assertThat(api.get("/api/users").status()).isEqualTo(403);
        assertThat(verified.fullChecks()).isEqualTo(before + 1);
    }

    private int failedAttempts(String user) {
        return jdbc.queryForObject("select failed_attempts from hub.user_account where username = ?", Integer.class,
                user);
    }
}
