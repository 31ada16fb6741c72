package org.dischargehub.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.dischargehub.referral.ReferralFactory;
import org.dischargehub.support.Api;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A failing step: the database refuses the triage escalation of one referral (a trigger the test adds, standing in for
 * a broken delegate). The timer is retried three times five minutes apart, then an incident reaches the manager through
 * the hub's API; once the trigger is gone a retry raises the escalation, exactly once.
 */
@HubIntegrationTest
class ProcessIncidentIntegrationTest {

    static final String TRIAGE_TIMER = "BoundaryEvent_TriageOverdue";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    InjectedFault fault;

    @AfterEach
    void removeFault() {
        if (fault != null) {
            fault.close();
        }
    }

    @Test
    void a_failing_step_is_retried_then_shown_to_the_manager_and_a_retry_after_the_fix_raises_the_escalation_once() {
        String referral = referralAwaitingTriage();
        fault = InjectedFault.onEscalationsOf(jdbc, referral);
        Job timer = timer(referral);
        assertThat(timer.getRetries()).isEqualTo(3);

        Instant firstFailure = TestClock.now();
        assertThatThrownBy(() -> management.executeJob(timer.getId())).hasStackTraceContaining(InjectedFault.MESSAGE);
        Job retried = management.createJobQuery().jobId(timer.getId()).singleResult();
        assertThat(retried.getRetries()).as("R3: two more tries after the first").isEqualTo(2);
        assertThat(Duration.between(firstFailure, retried.getDuedate().toInstant()))
                .as("the next try is five minutes later").isBetween(Duration.ofMinutes(4), Duration.ofMinutes(6));
        assertThat(incidentsOf(referral)).as("no incident while tries remain").isEmpty();

        assertThatThrownBy(() -> management.executeJob(timer.getId())).hasStackTraceContaining(InjectedFault.MESSAGE);
        assertThatThrownBy(() -> management.executeJob(timer.getId())).hasStackTraceContaining(InjectedFault.MESSAGE);
        assertThat(management.createJobQuery().jobId(timer.getId()).singleResult().getRetries()).isZero();
        assertThat(escalations(referral)).as("every failed try was rolled back").isZero();

        JsonNode incident = incidentsOf(referral).get(0);
        assertThat(incidentsOf(referral)).hasSize(1);
        assertThat(incident.path("process").asText()).isEqualTo("Discharge referral");
        assertThat(incident.path("stepId").asText()).isEqualTo("ServiceTask_EscalateTriage");
        assertThat(incident.path("step").asText()).isEqualTo("Escalate waiting triage");
        assertThat(incident.path("message").asText()).contains(InjectedFault.MESSAGE);
        String id = incident.path("id").asText();
        Api coordinator = Api.as(port, "coordinator", "coordinator");
        assertThat(coordinator.get("/api/incidents").status()).isEqualTo(403);
        Api.Response refused = coordinator.post("/api/incidents/" + id + "/retry", null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(management.createJobQuery().jobId(timer.getId()).singleResult().getRetries()).isZero();

        fault.close();
        Api.Response retry = manager().post("/api/incidents/" + id + "/retry", null);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(202);
        Job due = management.createJobQuery().jobId(timer.getId()).singleResult();
        assertThat(due.getRetries()).isEqualTo(1);
        assertThat(due.getDuedate().toInstant()).as("due now").isBefore(TestClock.now().plusSeconds(1));
        assertThat(incidentsOf(referral)).as("resolved as soon as it is retried").isEmpty();

        management.executeJob(due.getId());
        assertThat(escalations(referral)).isEqualTo(1);
        assertThat(management.createJobQuery().jobId(timer.getId()).count()).as("the timer has fired").isZero();
        assertThat(runtime.getActiveActivityIds(instance(referral))).as("still waiting for triage")
                .contains("UserTask_Triage");

        Api.Response again = manager().post("/api/incidents/" + id + "/retry", null);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.isProblem()).isTrue();
        assertThat(escalations(referral)).isEqualTo(1);
    }

    @Test
    void an_unknown_incident_is_a_404_problem() {
        Api.Response unknown = manager().post("/api/incidents/no-such-incident/retry", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
    }

    private String referralAwaitingTriage() {
        return new ReferralFactory(context, Hub.on(port, "INC"))
                .readyToLeaveAt(TestClock.now().plus(1, ChronoUnit.DAYS)).awaitingTriage().id();
    }

    private Job timer(String referral) {
        return management.createJobQuery().processInstanceId(instance(referral)).activityId(TRIAGE_TIMER)
                .singleResult();
    }

    private String instance(String referral) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(referral).singleResult().getId();
    }

    private List<JsonNode> incidentsOf(String referral) {
        Api.Response incidents = manager().get("/api/incidents");
        assertThat(incidents.status()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        incidents.json().forEach(i -> {
            if (referral.equals(i.path("referralId").asText())) {
                found.add(i);
            }
        });
        return found;
    }

    private int escalations(String referral) {
        return InjectedFault.escalations(jdbc, referral, "TRIAGE_OVERDUE");
    }

    private Api manager() {
        return Api.as(port, "manager", "manager");
    }
}
