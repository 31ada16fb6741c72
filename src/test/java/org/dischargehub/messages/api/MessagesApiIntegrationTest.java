package org.dischargehub.messages.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.dischargehub.messages.MessageFactory;
import org.dischargehub.referral.ReferralFactory;
import org.dischargehub.support.Api;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The messages over HTTP: coordinators and managers list them and retry a failed one; nobody else may. */
@HubIntegrationTest
class MessagesApiIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void a_coordinator_finds_a_failed_message_and_retries_it_once_and_the_mdt_may_do_neither() {
        Hub hub = Hub.on(port, "MAPI");
        String referral = new ReferralFactory(context, hub).awaitingTriage().id();
        String id = new MessageFactory(context).failedText(referral);

        Api.Response found = hub.coordinator.get("/api/messages?status=FAILED&search=" + referral);
        assertThat(found.status()).isEqualTo(200);
        JsonNode message = found.json().get(0);
        assertThat(found.json()).hasSize(1);
        assertThat(message.path("id").asText()).isEqualTo(id);
        assertThat(message.path("status").asText()).isEqualTo("FAILED");
        assertThat(message.path("attempts").asInt()).isEqualTo(5);
        assertThat(message.path("recipientRole").asText()).isEqualTo("NEXT_OF_KIN");
        assertThat(message.path("deliveredAt").isNull()).isTrue();
        assertThat(hub.mdt.unchecked().get("/api/messages").status()).isEqualTo(403);
        assertThat(hub.mdt.unchecked().post("/api/messages/" + id + "/retry", null).status()).isEqualTo(403);

        assertThat(hub.coordinator.post("/api/messages/" + id + "/retry", null).status()).isEqualTo(202);
        Api.Response again = hub.manager.post("/api/messages/" + id + "/retry", null);
        assertThat(again.status()).as("no longer failed").isEqualTo(404);
        assertThat(again.isProblem()).isTrue();
        assertThat(hub.coordinator.get("/api/messages?search=" + referral).json().get(0).path("status").asText())
                .isIn("PENDING", "DELIVERED");
    }
}
