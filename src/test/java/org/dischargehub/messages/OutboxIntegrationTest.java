package org.dischargehub.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.dischargehub.handover.ContactCommand;
import org.dischargehub.handover.ContactCommand.NextOfKin;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.support.As;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox: a letter's messages are written with the change that caused them or not at all, once per idempotency
 * key, to the next of kin only with consent, a text without clinical detail, and delivered to the folder.
 */
@HubIntegrationTest
class OutboxIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ReferralService referrals;
    @Autowired
    NotificationPort port_;
    @Autowired
    OutboxWorker worker;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ObjectMapper json;

    @Test
    void a_change_that_fails_after_its_letter_leaves_neither_the_change_nor_its_messages() {
        String id = personWith(People.contact(true));
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            As.mdt(() -> referrals.triage(id, People.PATHWAY_1));
            assertThat(messagesOf(id)).as("written in the change's transaction").hasSize(3);
            throw new IllegalStateException("the change fails after its letter was written");
        })).hasMessageContaining("fails after");

        assertThat(messagesOf(id)).isEmpty();
        assertThat(jdbc.sql("select count(*) from hub.written_letter where referral_id = :id").param("id", id)
                .query(Integer.class).single()).isZero();
        assertThat(As.mdt(() -> referrals.get(id)).pathway()).as("the change itself is undone").isNull();

        As.mdt(() -> referrals.triage(id, People.PATHWAY_1));
        assertThat(messagesOf(id)).hasSize(3);
    }

    @Test
    void one_idempotency_key_asked_for_twice_is_one_message() {
        String key = "test-" + java.util.UUID.randomUUID();
        OutgoingMessage message = new OutgoingMessage(key, null,
                new Recipient(Recipient.Role.PERSON, "Ada Lovelace", null, "07700 900123"), Channel.SMS,
                MessageTemplate.LETTER_ON_ITS_WAY, Map.of("hub_phone", "01632 960000", "hub_hours", "8am to 8pm"),
                null);
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        SentMessage first = transaction.execute(status -> port_.send(message));
        SentMessage second = transaction.execute(status -> port_.send(message));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(first.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(jdbc.sql("select count(*) from hub.message where idempotency_key = :key").param("key", key)
                .query(Integer.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> port_.send(message)).as("only inside the change's transaction")
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    @Test
    void the_next_of_kin_is_told_only_with_the_persons_consent() {
        String withoutConsent = personWith(People.contact(false));
        String withConsent = personWith(People.contact(true));

        As.mdt(() -> referrals.triage(withoutConsent, People.PATHWAY_1));
        As.mdt(() -> referrals.triage(withConsent, People.PATHWAY_1));

        assertThat(messagesOf(withoutConsent)).extracting(r -> r.get("recipient_role") + " " + r.get("channel"))
                .containsExactlyInAnyOrder("PERSON LETTER", "PERSON SMS");
        assertThat(messagesOf(withConsent)).extracting(r -> r.get("recipient_role") + " " + r.get("channel"))
                .containsExactlyInAnyOrder("PERSON LETTER", "PERSON SMS", "NEXT_OF_KIN SMS");
        assertThat(messagesOf(withConsent)).filteredOn(r -> "NEXT_OF_KIN".equals(r.get("recipient_role")))
                .extracting(r -> r.get("recipient_name") + " " + r.get("phone"))
                .containsExactly("Grace Marsh 07700 900456");
    }

    @Test
    void without_an_address_nothing_goes_by_post_but_the_letter_is_kept() {
        String id = personWith(new ContactCommand(null, null, "07700 900123",
                new NextOfKin("Grace Marsh", "Daughter", "07700 900456", false), null, null, null, null));

        As.mdt(() -> referrals.triage(id, People.PATHWAY_1));

        assertThat(messagesOf(id)).isEmpty();
        assertThat(jdbc.sql("select count(*) from hub.written_letter where referral_id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void a_text_says_only_that_there_is_news_and_whom_to_call() {
        String id = personWith(People.contact(true));
        As.mdt(() -> referrals.triage(id, People.PATHWAY_1));

        List<Map<String, Object>> texts = messagesOf(id).stream().filter(r -> "SMS".equals(r.get("channel"))).toList();

        assertThat(texts).hasSize(2);
        for (Map<String, Object> text : texts) {
            String words = MessageTemplate.valueOf((String) text.get("template"))
                    .render(values((String) text.get("values_text")));
            assertThat(values((String) text.get("values_text")).keySet()).isSubsetOf("name", "hub_phone", "hub_hours");
            assertThat(words.toLowerCase()).contains("01632 960000").doesNotContain("pathway", "reablement",
                    "washing", "hip", "fracture", "hours a week", "14", "bed", "diagnosis");
        }
        assertThatThrownBy(() -> new OutgoingMessage("k", id, new Recipient(Recipient.Role.PERSON, "A", null,
                "07700 900123"), Channel.SMS, MessageTemplate.LETTER_ON_ITS_WAY,
                Map.of("hub_phone", "1", "hub_hours", "2", "pathway", "1"), null))
                .as("a text takes no value but its placeholders").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_default_delivery_writes_each_message_as_a_json_envelope_with_its_pdf_to_the_folder() throws Exception {
        String id = personWith(People.contact(false));
        As.mdt(() -> referrals.triage(id, People.PATHWAY_1));
        Map<String, Object> queued = jdbc.sql("""
                select m.attachment is null as no_bytes, m.attachment_source, m.attachment_name,
                       m.attachment_ref = l.id as names_the_letter
                  from hub.message m join hub.written_letter l on l.post_message_id = m.id
                 where m.referral_id = :id and m.channel = 'LETTER'""").param("id", id).query().singleRow();
        assertThat(queued).as("the change stores which letter to post; the PDF is made on delivery")
                .containsEntry("no_bytes", true).containsEntry("attachment_source", "letter")
                .containsEntry("attachment_name", "letter-1.pdf").containsEntry("names_the_letter", true);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            worker.deliverDue(TestClock.now());
            return messagesOf(id).stream().allMatch(r -> "DELIVERED".equals(r.get("status")));
        });

        Map<String, Object> letter = messagesOf(id).stream().filter(r -> "LETTER".equals(r.get("channel")))
                .findFirst().orElseThrow();
        Path envelopeFile = Path.of((String) letter.get("delivery_ref"));
        JsonNode envelope = json.readTree(envelopeFile.toFile());
        assertThat(envelope.path("referralId").asText()).isEqualTo(id);
        assertThat(envelope.path("channel").asText()).isEqualTo("LETTER");
        assertThat(envelope.path("idempotencyKey").asText()).startsWith("letter-").endsWith("-post");
        assertThat(envelope.path("recipient").path("address").asText()).isEqualTo("1 Elm Road, Westby\nWS1 2AB");
        byte[] pdf = Files.readAllBytes(envelopeFile.resolveSibling(envelope.path("attachment").path("file").asText()));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(((Number) letter.get("attempts")).intValue()).isEqualTo(1);
        Map<String, Object> text = messagesOf(id).stream().filter(r -> "SMS".equals(r.get("channel")))
                .findFirst().orElseThrow();
        assertThat(json.readTree(Path.of((String) text.get("delivery_ref")).toFile()).path("text").asText())
                .startsWith("Discharge Hub: a letter about your care is on its way");
    }

    private String personWith(ContactCommand contact) {
        return People.personWith(context, Hub.on(port, "MSG"), contact);
    }

    private List<Map<String, Object>> messagesOf(String referralId) {
        return People.messagesOf(jdbc, referralId);
    }

    private Map<String, String> values(String json) {
        try {
            return this.json.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
