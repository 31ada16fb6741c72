package org.dischargehub.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.dischargehub.support.Api;
import org.dischargehub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HubIntegrationTest
class EscalationApiIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    EscalationService escalations;

    @Test
    void the_manager_sees_open_escalations_and_acknowledges_each_once_but_the_mdt_may_not() {
        Escalation raised = escalations.raise(null, EscalationKind.NO_BED, "No dementia bed in the county");
        String id = String.valueOf(raised.id());
        Api coordinator = Api.as(port, "coordinator", "coordinator");
        assertThat(coordinator.get("/api/escalations").find("id", id).path("detail").asText())
                .isEqualTo("No dementia bed in the county");

        assertThat(Api.as(port, "mdt", "mdt").post("/api/escalations/" + id + "/acknowledge", Map.of("note", "x"))
                .status()).isEqualTo(403);
        Api manager = Api.as(port, "manager", "manager");
        Api.Response acknowledged = manager.post("/api/escalations/" + id + "/acknowledge",
                Map.of("note", "Spot-purchased a bed at Oakleigh"));
        assertThat(acknowledged.status()).isEqualTo(200);
        assertThat(acknowledged.json().path("acknowledgedBy").asText()).isEqualTo("manager");
        assertThat(manager.post("/api/escalations/" + id + "/acknowledge", Map.of("note", "again")).status())
                .isEqualTo(409);
        assertThat(coordinator.get("/api/escalations").find("id", id).isMissingNode()).isTrue();
        assertThat(manager.post("/api/escalations/999999999/acknowledge", Map.of()).status()).isEqualTo(404);
        assertThat(manager.post("/api/escalations/abc/acknowledge", Map.of()).status()).isEqualTo(404);
    }
}
