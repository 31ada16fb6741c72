package org.dischargehub.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.dischargehub.referral.ReferralFactory;
import org.dischargehub.support.Browser;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The manager sees a failed step in "Process incidents" and retries it once the cause is gone; CSP stays quiet. */
@HubIntegrationTest
class IncidentsBrowserTest {

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

    @Test
    void a_manager_sees_the_failed_step_in_the_hub_and_retries_it_after_the_fix() {
        String referral = new ReferralFactory(context, Hub.on(port, "INB"))
                .readyToLeaveAt(TestClock.now().plus(1, ChronoUnit.DAYS)).awaitingTriage().id();
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(referral).singleResult()
                .getId();
        Job timer = management.createJobQuery().processInstanceId(instance).activityId("BoundaryEvent_TriageOverdue")
                .singleResult();
        String incidentId;
        List<String> console = new ArrayList<>();
        try (InjectedFault fault = InjectedFault.onEscalationsOf(jdbc, referral);
                Browser browser = Browser.laptop(port)) {
            for (int attempt = 0; attempt < 3; attempt++) {
                assertThatThrownBy(() -> management.executeJob(timer.getId()));
            }
            incidentId = runtime.createIncidentQuery().processInstanceId(instance).singleResult().getId();

            browser.signIn("manager", "manager");
            assertThat(browser.waitFor(By.cssSelector("vaadin-side-nav")).getText()).contains("Process incidents");
            browser.open("/incidents");
            browser.waitFor(By.id("retry-" + incidentId));
            String row = browser.waitFor(By.id("incidents")).getText();
            assertThat(row).contains("Discharge referral", "Escalate waiting triage", InjectedFault.MESSAGE);
            browser.waitFor(By.cssSelector("#incidents a[href='referrals/" + referral + "']"));
            browser.screenshot("process-incidents");

            fault.close();
            browser.click(By.id("retry-" + incidentId));
            browser.waitForText("runs again within moments");
            new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("retry-" + incidentId)));
            console.addAll(browser.consoleMessages());
        }
        management.executeJob(timer.getId());
        assertThat(InjectedFault.escalations(jdbc, referral, "TRIAGE_OVERDUE")).isEqualTo(1);
        assertThat(runtime.createIncidentQuery().incidentId(incidentId).list()).extracting(Incident::getId).isEmpty();
        assertThat(console).as("no script or style refused by the Content-Security-Policy")
                .noneMatch(message -> message.contains("Content Security Policy"));
    }
}
