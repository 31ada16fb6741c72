package org.dischargehub.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.dischargehub.messages.NotifyStandIn.Call;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.support.As;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A hub configured for GOV.UK Notify, against a local stand-in of Notify's API: letters go as precompiled letters
 * and texts through their templates, each retried with doubling back-off under one reference (its idempotency key),
 * delivered once, and FAILED after the last try. The worker's schedule is off; the test drives it by the hub's clock
 * moved on, never by sleeping.
 */
@HubIntegrationTest
@TestPropertySource(properties = {
        "hub.notify.api-key=hubtest-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0",
        "hub.notify.templates.letter-on-its-way=f33517ff-2a88-4f6e-b855-c550268ce08a",
        "hub.notify.templates.family-update=0f33a2a3-3b85-4d38-8a1e-5d1d3a9f3fcb",
        "hub.messages.worker.every=PT1H",
        "hub.messages.retry.attempts=3",
        "hub.messages.retry.first-delay=PT1M"
})
class NotifyIntegrationTest {

    static final NotifyStandIn NOTIFY = NotifyStandIn.start();

    @DynamicPropertySource
    static void notifyAt(DynamicPropertyRegistry properties) {
        properties.add("hub.notify.base-url", NOTIFY::baseUrl);
    }

    @AfterAll
    static void stop() {
        NOTIFY.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ReferralService referrals;
    @Autowired
    OutboxWorker worker;
    @Autowired
    JdbcClient jdbc;

    @Test
    void each_message_is_retried_with_doubling_back_off_under_one_reference_and_delivered_once() {
        NOTIFY.failFirst(2);
        String id = triagedPerson();
        Instant start = TestClock.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);

        worker.deliverDue(start);
        assertThat(messagesOf(id)).allSatisfy(m -> {
            assertThat(m.get("status")).isEqualTo("PENDING");
            assertThat(m.get("attempts")).isEqualTo(1);
            assertThat(((Timestamp) m.get("next_attempt_at")).toInstant()).isEqualTo(start.plus(Duration.ofMinutes(1)));
            assertThat((String) m.get("last_error")).contains("500");
        });
        assertThat(worker.deliverDue(start.plusSeconds(59))).as("nothing due before the back-off ends").isZero();
        worker.deliverDue(start.plus(Duration.ofMinutes(1)));
        assertThat(messagesOf(id)).allSatisfy(m -> assertThat(((Timestamp) m.get("next_attempt_at")).toInstant())
                .as("the wait doubles").isEqualTo(start.plus(Duration.ofMinutes(3))));
        assertThat(worker.deliverDue(start.plus(Duration.ofMinutes(2)))).isZero();
        worker.deliverDue(start.plus(Duration.ofMinutes(3)));
        worker.deliverDue(start.plus(Duration.ofDays(1)));

        List<Map<String, Object>> messages = messagesOf(id);
        assertThat(messages).hasSize(3).allSatisfy(m -> {
            assertThat(m.get("status")).isEqualTo("DELIVERED");
            assertThat(m.get("attempts")).isEqualTo(3);
            List<Call> calls = NOTIFY.callsFor((String) m.get("idempotency_key"));
            assertThat(calls).extracting(Call::status).as("the same reference on every try; delivered once")
                    .containsExactly(500, 500, 201);
            assertThat(calls).allSatisfy(c -> assertThat(c.authorization()).startsWith("Bearer "));
        });
        Map<String, Object> letter = messages.stream().filter(m -> "LETTER".equals(m.get("channel"))).findFirst()
                .orElseThrow();
        Call posted = NOTIFY.callsFor((String) letter.get("idempotency_key")).get(2);
        assertThat(posted.path()).isEqualTo("/v2/notifications/letter");
        assertThat(new String(Base64.getDecoder().decode(posted.body().path("content").asText()), 0, 5,
                java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(letter.get("delivery_ref")).as("Notify's notification id").isNotNull();
        Map<String, Object> kin = messages.stream().filter(m -> "NEXT_OF_KIN".equals(m.get("recipient_role")))
                .findFirst().orElseThrow();
        Call texted = NOTIFY.callsFor((String) kin.get("idempotency_key")).get(2);
        assertThat(texted.path()).isEqualTo("/v2/notifications/sms");
        assertThat(texted.body().path("template_id").asText()).isEqualTo("0f33a2a3-3b85-4d38-8a1e-5d1d3a9f3fcb");
        assertThat(texted.body().path("phone_number").asText()).isEqualTo("07700 900456");
        assertThat(texted.body().path("personalisation").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("name", "hub_phone", "hub_hours");
        assertThat(texted.body().toString().toLowerCase()).doesNotContain("reablement", "washing", "hip", "pathway");
    }

    @Test
    void a_message_notify_never_takes_is_failed_after_its_last_try_and_tried_no_more() {
        NOTIFY.failFirst(Integer.MAX_VALUE);
        String id = triagedPerson();
        Instant start = TestClock.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);

        worker.deliverDue(start);
        worker.deliverDue(start.plus(Duration.ofMinutes(1)));
        worker.deliverDue(start.plus(Duration.ofMinutes(3)));
        worker.deliverDue(start.plus(Duration.ofDays(7)));

        assertThat(messagesOf(id)).hasSize(3).allSatisfy(m -> {
            assertThat(m.get("status")).isEqualTo("FAILED");
            assertThat(m.get("attempts")).isEqualTo(3);
            assertThat(m.get("next_attempt_at")).isNull();
            assertThat((String) m.get("last_error")).contains("500");
            assertThat(NOTIFY.callsFor((String) m.get("idempotency_key"))).hasSize(3);
        });
    }

    private String triagedPerson() {
        String id = People.personWith(context, Hub.on(port, "NTF"), People.contact(true));
        As.mdt(() -> referrals.triage(id, People.PATHWAY_1));
        return id;
    }

    private List<Map<String, Object>> messagesOf(String referralId) {
        return People.messagesOf(jdbc, referralId);
    }
}
