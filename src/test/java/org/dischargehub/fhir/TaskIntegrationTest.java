package org.dischargehub.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dischargehub.support.Api;
import org.dischargehub.support.County;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.hl7.fhir.r4.model.Type;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Status back (design test 6, and the Task half of 7): a hospital follows its referral through its Task. */
@HubIntegrationTest
class TaskIntegrationTest {

    static final LocalDate TODAY = TestClock.today();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Hub hub;
    IGenericClient fhir;

    @BeforeEach
    void setUp() {
        hub = Hub.on(port, "TK");
        fhir = Fhir.as(port, "mdt", "mdt");
    }

    @Test
    void the_task_follows_a_pathway_2_referral_from_received_to_completed() {
        String bed = hub.bed("REHAB");
        String id = newReferral();
        Task received = taskOf(id);
        assertThat(received.getIdElement().getIdPart()).isEqualTo(id);
        expect(received, TaskStatus.RECEIVED, "AWAITING_TRIAGE");
        assertThat(received.getOutput()).isEmpty();
        assertThat(received.getIntent()).isEqualTo(Task.TaskIntent.ORDER);
        assertThat(received.getCode().getCodingFirstRep().getCode()).isEqualTo("fulfill");
        assertThat(received.getFocus().getReference()).isEqualTo("ServiceRequest/" + id);
        assertThat(received.getBasedOnFirstRep().getReference()).isEqualTo("ServiceRequest/" + id);
        assertThat(received.getFor().getIdentifier().getSystem()).isEqualTo(HubCodes.NHS_NUMBER);
        assertThat(received.getFor().getIdentifier().getValue())
                .isEqualTo(hub.mdt.get("/api/referrals/" + id).json().path("nhsNumber").asText());

        ok(hub.mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 2, "bedType", "REHAB",
                "rationale", "Needs rehab")));
        Task triaged = taskOf(id);
        expect(triaged, TaskStatus.ACCEPTED, "AWAITING_CAPACITY");
        assertThat(outputs(triaged)).containsExactly(TaskOutputs.PATHWAY, TaskOutputs.BED_TYPE);
        assertThat(code(output(triaged, TaskOutputs.PATHWAY))).isEqualTo(HubCodes.PATHWAY + "|2");
        assertThat(code(output(triaged, TaskOutputs.BED_TYPE))).isEqualTo(HubCodes.BED_TYPE + "|REHAB");

        ok(hub.coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", bed)));
        Task allocated = taskOf(id);
        expect(allocated, TaskStatus.INPROGRESS, "READY_TO_DISCHARGE");
        assertThat(((Reference) output(allocated, TaskOutputs.ALLOCATED_BED)).getIdentifier().getValue())
                .isEqualTo(bed);

        Api.Response discharged = hub.coordinator.post("/api/referrals/" + id + "/discharge",
                Map.of("dischargedOn", TODAY.minusDays(3).toString()));
        ok(discharged);
        Task inD2a = taskOf(id);
        expect(inD2a, TaskStatus.INPROGRESS, "IN_D2A");
        assertThat(output(inD2a, TaskOutputs.DISCHARGED_ON).primitiveValue()).isEqualTo(TODAY.minusDays(3).toString());
        Period funded = (Period) output(inD2a, TaskOutputs.FUNDED_PERIOD);
        assertThat(funded.getStartElement().getValueAsString()).isEqualTo(TODAY.minusDays(3).toString());
        assertThat(funded.getEndElement().getValueAsString())
                .isEqualTo(discharged.json().path("fundedPeriod").path("end").asText());

        ok(hub.coordinator.post("/api/referrals/" + id + "/funding-decision", Map.of("outcome", "COUNCIL",
                "decidedOn", TODAY.toString(), "rationale", "Care Act assessment completed")));
        Task decided = taskOf(id);
        expect(decided, TaskStatus.INPROGRESS, "FUNDING_DECIDED");
        assertThat(outputs(decided)).doesNotContain(TaskOutputs.FUNDING_OUTCOME);

        ok(hub.coordinator.post("/api/referrals/" + id + "/close", Map.of("closedOn", TODAY.toString(),
                "outcome", "HOME")));
        Task closed = taskOf(id);
        expect(closed, TaskStatus.COMPLETED, "CLOSED");
        assertThat(code(output(closed, TaskOutputs.CLOSE_OUTCOME))).isEqualTo(HubCodes.CLOSE_OUTCOME + "|HOME");
        assertThat(outputs(closed)).containsExactly(TaskOutputs.PATHWAY, TaskOutputs.BED_TYPE,
                TaskOutputs.ALLOCATED_BED, TaskOutputs.DISCHARGED_ON, TaskOutputs.FUNDED_PERIOD,
                TaskOutputs.CLOSE_OUTCOME);
        Task read = fhir.read().resource(Task.class).withId(id).execute();
        assertThat(read.getStatus()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(read.getMeta().getLastUpdated()).isEqualTo(closed.getLastModified());
        assertValidR4(List.of(received, triaged, allocated, inD2a, decided, closed));
    }

    @Test
    void the_task_of_a_pathway_1_referral_names_the_hours_then_the_service_that_accepted_them() {
        String provider = hub.homeCare();
        String id = newReferral();
        ok(hub.mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 1, "hoursPerWeek", 10.5,
                "startDate", TODAY.toString(), "rationale", "Reablement at home")));
        Task triaged = taskOf(id);
        expect(triaged, TaskStatus.ACCEPTED, "AWAITING_CAPACITY");
        Quantity hours = (Quantity) output(triaged, TaskOutputs.HOURS_PER_WEEK);
        assertThat(hours.getValue()).isEqualByComparingTo(new BigDecimal("10.5"));
        assertThat(hours.getSystem()).isEqualTo("http://unitsofmeasure.org");
        assertThat(hours.getCode()).isEqualTo("h/wk");
        assertThat(output(triaged, TaskOutputs.START_DATE).primitiveValue()).isEqualTo(TODAY.toString());

        ok(hub.coordinator.post("/api/referrals/" + id + "/allocation", Map.of("providerCode", provider,
                "startDate", TODAY.toString())));
        expect(taskOf(id), TaskStatus.ACCEPTED, "OFFERED");

        Api providerUser = hub.homeCareUser();
        String offer = providerUser.get("/api/offers?status=OPEN").find("referralId", id).path("id").asText();
        ok(providerUser.post("/api/offers/" + offer + "/accept", null));
        Task accepted = taskOf(id);
        expect(accepted, TaskStatus.INPROGRESS, "READY_TO_DISCHARGE");
        Reference service = (Reference) output(accepted, TaskOutputs.ALLOCATED_SERVICE);
        assertThat(service.getType()).isEqualTo("HealthcareService");
        assertThat(service.getIdentifier().getValue()).isEqualTo(provider);
        assertThat(service.getDisplay()).isNotBlank();
        HealthcareService delivering = fhir.read().resource(HealthcareService.class).withUrl(service.getReference())
                .execute();
        assertThat(delivering.getProvidedBy().getIdentifier().getValue()).isEqualTo(provider);
        assertThat(delivering.getCoverageAreaFirstRep().getIdentifier().getValue()).isEqualTo(hub.locality());
        assertThat(output(accepted, TaskOutputs.START_DATE).primitiveValue()).isEqualTo(TODAY.toString());
        assertValidR4(List.of(triaged, accepted));
    }

    @Test
    void last_updated_finds_only_the_tasks_whose_referral_changed_after_the_moment() {
        String unchanged = newReferral();
        String changed = newReferral();
        // a whole millisecond after both were made, and the clock past it before the change
        Instant moment = clockPassed(TestClock.now().truncatedTo(ChronoUnit.MILLIS).plusMillis(1));
        ok(hub.mdt.post("/api/referrals/" + changed + "/triage", Map.of("pathway", 0, "rationale", "Independent")));

        List<String> since = ids(fhir.search().byUrl("Task?_lastUpdated=gt" + moment).returnBundle(Bundle.class)
                .execute());
        List<String> acceptedOrLater = ids(fhir.search().byUrl("Task?status=in-progress&_lastUpdated=gt" + moment)
                .returnBundle(Bundle.class).execute());
        List<String> before = ids(fhir.search().byUrl("Task?_lastUpdated=lt" + moment).returnBundle(Bundle.class)
                .execute());

        assertThat(since).contains(changed).doesNotContain(unchanged);
        assertThat(acceptedOrLater).contains(changed);
        assertThat(before).contains(unchanged).doesNotContain(changed);
        assertThat(taskOf(changed).getMeta().getLastUpdated().toInstant()).isAfter(moment);
    }

    @Test
    void a_search_by_focus_and_status_answers_only_a_task_in_that_status() {
        String id = newReferral();

        assertThat(ids(fhir.search().byUrl("Task?focus=ServiceRequest/" + id + "&status=received")
                .returnBundle(Bundle.class).execute())).containsExactly(id);
        assertThat(ids(fhir.search().byUrl("Task?focus=ServiceRequest/" + id + "&status=accepted")
                .returnBundle(Bundle.class).execute())).isEmpty();
        assertThat(ids(fhir.search().byUrl("Task?focus=ServiceRequest/" + UUID.randomUUID())
                .returnBundle(Bundle.class).execute())).isEmpty();
    }

    @Test
    void a_referral_cancelled_through_the_api_has_a_cancelled_task_with_the_reason() {
        String id = newReferral();
        ok(hub.mdt.post("/api/referrals/" + id + "/cancel", Map.of("reason", "Died in hospital")));

        Task cancelled = taskOf(id);

        expect(cancelled, TaskStatus.CANCELLED, "CANCELLED");
        assertThat(cancelled.getStatusReason().getText()).isEqualTo("Died in hospital");
        assertValidR4(List.of(cancelled));
    }

    @Test
    void reading_a_task_is_audited_as_a_view_of_the_referral() {
        String id = newReferral();
        long mark = jdbc.sql("select coalesce(max(id), 0) from hub.audit_event").query(Long.class).single();

        fhir.read().resource(Task.class).withId(id).execute();
        taskOf(id);

        assertThat(jdbc.sql("select count(*) from hub.audit_event where id > :mark and username = 'mdt' "
                + "and action = 'VIEW' and referral_id = :id").param("mark", mark).param("id", id)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void an_unknown_task_is_a_404_operation_outcome_and_a_provider_may_not_read_tasks() {
        String id = newReferral();
        IGenericClient provider = Fhir.as(port, hub.homeCareUsername(), County.password());

        assertThatThrownBy(() -> fhir.read().resource(Task.class).withId(UUID.randomUUID().toString()).execute())
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> assertThat(
                        ((OperationOutcome) e.getOperationOutcome()).getIssueFirstRep().getSeverity())
                        .isEqualTo(OperationOutcome.IssueSeverity.ERROR));
        assertThatThrownBy(() -> provider.read().resource(Task.class).withId(id).execute())
                .isInstanceOf(ForbiddenOperationException.class);
        assertThatThrownBy(() -> provider.search().byUrl("Task?focus=ServiceRequest/" + id)
                .returnBundle(Bundle.class).execute()).isInstanceOf(ForbiddenOperationException.class);
    }

    /** Valid FHIR R4 (the hub's own code systems known, so its codes are checked too), with no error. */
    private void assertValidR4(List<Task> tasks) {
        Bundle systems = fhir.search().forResource(CodeSystem.class).returnBundle(Bundle.class).execute();
        UkCore validator = UkCore.knowing(systems.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .toList());
        List<String> errors = new ArrayList<>();
        tasks.forEach(task -> errors.addAll(validator.errors(task)));
        assertThat(errors).isEmpty();
    }

    @Test
    void the_capability_statement_offers_task_read_and_search_and_an_unknown_status_is_a_400() {
        CapabilityStatement metadata = Fhir.anonymous(port).capabilities().ofType(CapabilityStatement.class)
                .execute();
        CapabilityStatementRestResourceComponent task = metadata.getRestFirstRep().getResource().stream()
                .filter(r -> "Task".equals(r.getType())).findFirst().orElseThrow();

        assertThat(task.getInteraction()).extracting(i -> i.getCode().toCode()).contains("read", "search-type");
        assertThat(task.getSearchParam()).extracting(p -> p.getName()).contains("focus", "status", "_lastUpdated");
        assertThatThrownBy(() -> fhir.search().byUrl("Task?status=finished-off").returnBundle(Bundle.class)
                .execute()).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> fhir.search().byUrl("Task?focus=Patient/123").returnBundle(Bundle.class)
                .execute()).isInstanceOf(InvalidRequestException.class);
    }

    private String newReferral() {
        Api.Response created = hub.mdt.post("/api/referrals", People.referral(hub.locality(),
                TestClock.now().minus(1, ChronoUnit.HOURS)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private Task taskOf(String id) {
        Bundle found = fhir.search().byUrl("Task?focus=ServiceRequest/" + id).returnBundle(Bundle.class).execute();
        assertThat(found.getEntry()).hasSize(1);
        return (Task) found.getEntryFirstRep().getResource();
    }

    private static void expect(Task task, TaskStatus status, String hubStatus) {
        assertThat(task.getStatus()).isEqualTo(status);
        assertThat(code(task.getBusinessStatus())).isEqualTo(HubCodes.REFERRAL_STATUS + "|" + hubStatus);
    }

    private static List<String> outputs(Task task) {
        return task.getOutput().stream().map(o -> o.getType().getCodingFirstRep().getCode()).toList();
    }

    private static Type output(Task task, String code) {
        return task.getOutput().stream().filter(o -> code.equals(o.getType().getCodingFirstRep().getCode()))
                .findFirst().orElseThrow(() -> new AssertionError("no output " + code + " in " + outputs(task)))
                .getValue();
    }

    private static String code(Type value) {
        Coding coding = ((CodeableConcept) value).getCodingFirstRep();
        return coding.getSystem() + "|" + coding.getCode();
    }

    private static List<String> ids(Bundle bundle) {
        return bundle.getEntry().stream().map(e -> e.getResource().getIdElement().getIdPart()).toList();
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
    }

    /** Waits until the hub's ticking clock is past the moment (a millisecond is enough), and answers the moment. */
    private static Instant clockPassed(Instant moment) {
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(1))
                .until(() -> TestClock.now().truncatedTo(ChronoUnit.MILLIS).isAfter(moment));
        return moment;
    }
}
