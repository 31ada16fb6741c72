package org.dischargehub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.dischargehub.support.Api;
import org.dischargehub.support.County;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;

/** People at each step of the hub's process, built through the API as the hub's users would. */
final class Story {

    static final LocalDate TODAY = TestClock.today();

    final County county;
    final Api mdt;
    final Api coordinator;
    final Api manager;
    final String locality;
    final String homeCare;
    final Api homeCareUser;
    final String homeCareUsername;
    private final String bedProvider;

    Story(int port) {
        county = new County(port);
        mdt = Api.as(port, "mdt", "mdt");
        coordinator = Api.as(port, "coordinator", "coordinator");
        manager = Api.as(port, "manager", "manager");
        locality = county.locality("WALK");
        homeCare = county.homeCareProvider("WALKHC", "21.00");
        county.capacity(homeCare, locality, TODAY, 100);
        homeCareUsername = county.user("walk-hc", "PROVIDER", homeCare);
        homeCareUser = Api.as(port, homeCareUsername, County.password());
        bedProvider = county.bedBasedProvider("WALKBB");
    }

    /** A referral waiting for the MDT: {id, nhsNumber}. */
    Map<String, String> awaitingTriage() {
        Map<String, Object> body = People.referral(locality, TestClock.now().minus(2, ChronoUnit.HOURS));
        Api.Response created = expect(mdt.post("/api/referrals", body), 201);
        return Map.of("id", created.json().path("id").asText(), "nhsNumber", (String) body.get("nhsNumber"));
    }

    /** A referral whose triage timer has used up its retries (as after three failed tries): an open incident. */
    Map<String, String> failedStep(ManagementService management, RuntimeService runtime) {
        Map<String, String> person = awaitingTriage();
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(person.get("id"))
                .singleResult().getId();
        management.setJobRetries(management.createJobQuery().processInstanceId(instance).list().get(0).getId(), 0);
        return person;
    }

    String bed() {
        String setting = county.setting("WALKS", bedProvider, locality, 1, "150.00", false);
        return county.bed(setting, "01", "REHAB");
    }

    Map<String, String> awaitingBed() {
        Map<String, String> person = awaitingTriage();
        expect(mdt.post("/api/referrals/" + person.get("id") + "/triage",
                Map.of("pathway", 2, "bedType", "REHAB", "rationale", "Rehab after a fall")), 200);
        return person;
    }

    Map<String, String> holdingBed() {
        Map<String, String> person = awaitingBed();
        expect(coordinator.post("/api/referrals/" + person.get("id") + "/allocation", Map.of("bedCode", bed())), 201);
        return person;
    }

    Map<String, String> inD2a() {
        Map<String, String> person = holdingBed();
        expect(coordinator.post("/api/referrals/" + person.get("id") + "/discharge",
                Map.of("dischargedOn", TODAY.toString())), 200);
        return person;
    }

    Map<String, String> decided() {
        Map<String, String> person = inD2a();
        expect(coordinator.post("/api/referrals/" + person.get("id") + "/funding-decision",
                Map.of("outcome", "COUNCIL", "decidedOn", TODAY.toString(), "rationale", "Care Act assessment")), 200);
        return person;
    }

    Map<String, String> awaitingHomeCare() {
        Map<String, String> person = awaitingTriage();
        expect(mdt.post("/api/referrals/" + person.get("id") + "/triage", Map.of("pathway", 1, "hoursPerWeek", 7,
                "startDate", TODAY.toString(), "rationale", "Reablement at home")), 200);
        return person;
    }

    /** {id, nhsNumber, offer}: a package offered to the story's home-care provider, not yet answered. */
    Map<String, String> offered() {
        Map<String, String> person = awaitingHomeCare();
        expect(coordinator.post("/api/referrals/" + person.get("id") + "/allocation",
                Map.of("providerCode", homeCare, "startDate", TODAY.toString())), 201);
        String offer = homeCareUser.get("/api/offers?status=OPEN").find("referralId", person.get("id")).path("id")
                .asText();
        return Map.of("id", person.get("id"), "nhsNumber", person.get("nhsNumber"), "offer", offer);
    }

    Map<String, String> packageAccepted() {
        Map<String, String> person = offered();
        expect(homeCareUser.post("/api/offers/" + person.get("offer") + "/accept", null), 200);
        return person;
    }

    static Api.Response expect(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response;
    }
}
