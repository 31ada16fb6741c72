package org.dischargehub.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import org.dischargehub.fhir.Fhir;
import org.dischargehub.fhir.HospitalReferrals;
import org.dischargehub.support.Browser;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A referral a hospital's system sent as FHIR is triaged on the MDT worklist; the hospital then reads it accepted. */
@HubIntegrationTest
class FhirReferralBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void a_referral_sent_as_fhir_is_triaged_on_the_mdt_worklist_and_the_hospital_reads_its_task_as_accepted() {
        Hub hub = Hub.on(port, "FBR");
        String familyName = "Lovelace" + hub.county.tag;
        ServiceRequest request = HospitalReferrals.request(hub.locality(), People.nhsNumber(), "FBR-" + familyName,
                TestClock.now().truncatedTo(ChronoUnit.SECONDS));
        ((Patient) request.getSubject().getResource()).getNameFirstRep().setFamily(familyName);
        var hospital = Fhir.as(port, "mdt", "mdt");
        String id = hospital.create().resource(request).execute().getId().getIdPart();
        assertThat(hospital.read().resource(Task.class).withId(id).execute().getStatus())
                .isEqualTo(Task.TaskStatus.RECEIVED);

        try (Browser mdt = Browser.laptop(port)) {
            mdt.signIn("mdt", "mdt");
            mdt.open("/mdt");
            ReferralBrowserTest.input(mdt, "mdt-search").sendKeys(familyName);
            mdt.waitUntil(() -> ReferralBrowserTest.text(mdt, "mdt-summary"), summary -> summary.startsWith("1 of "));
            mdt.waitFor(By.id("triage-" + id)).click();
            mdt.choose(By.id("triage-pathway"), "Pathway 2");
            mdt.choose(By.id("triage-bed-type"), "Rehabilitation");
            mdt.waitFor(By.cssSelector("#triage-rationale textarea")).sendKeys("Needs rehab after a fall");
            mdt.waitFor(By.id("triage-save")).click();
            mdt.waitUntil(() -> mdt.gridCells("mdt-worklist"), cells -> !cells.contains(familyName));

            mdt.open("/referrals/" + id);
            mdt.waitForText("the hospital's system, as FBR-" + familyName);
        }
        Task task = hospital.read().resource(Task.class).withId(id).execute();
        assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.ACCEPTED);
        assertThat(task.getBusinessStatus().getCodingFirstRep().getCode()).isEqualTo("AWAITING_CAPACITY");
    }
}
