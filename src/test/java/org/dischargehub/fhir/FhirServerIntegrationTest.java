package org.dischargehub.fhir;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The FHIR door: its capability statement, the hub's code systems, and refusals as OperationOutcomes. */
@HubIntegrationTest
class FhirServerIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void the_capability_statement_is_public_says_fhir_4_0_1_and_lists_exactly_what_is_served() {
        CapabilityStatement metadata = Fhir.anonymous(port).capabilities().ofType(CapabilityStatement.class).execute();

        assertThat(metadata.getFhirVersion().toCode()).isEqualTo("4.0.1");
        Map<String, CapabilityStatement.CapabilityStatementRestResourceComponent> served = metadata.getRest().get(0)
                .getResource().stream().collect(Collectors.toMap(r -> r.getType(), r -> r));
        assertThat(served).containsOnlyKeys("CodeSystem", "StructureDefinition", "ServiceRequest", "Task", "Location",
                "HealthcareService", "MeasureReport", "OperationDefinition");
        assertThat(interactions(served.get("ServiceRequest"))).containsExactlyInAnyOrder("create", "read", "update");
        assertThat(interactions(served.get("Task"))).containsExactlyInAnyOrder("read", "search-type");
        assertThat(parameters(served.get("Task"))).contains("focus", "status", "_lastUpdated");
        assertThat(parameters(served.get("Location"))).contains("operational-status", "locality", "partof");
        assertThat(interactions(served.get("HealthcareService"))).containsExactlyInAnyOrder("read", "search-type");
        assertThat(parameters(served.get("HealthcareService"))).contains("locality", "provider", "characteristic");
        assertThat(metadata.getRest().get(0).getInteraction()).extracting(i -> i.getCode().toCode())
                .containsExactly("transaction");
        assertThat(interactions(served.get("MeasureReport"))).containsExactlyInAnyOrder("create", "search-type");
        assertThat(metadata.getRest().get(0).getOperation()).extracting(o -> o.getName()).contains("process-message");
    }

    @Test
    void the_hubs_code_systems_are_served_under_its_canonical_base_with_the_localities_of_the_directory() {
        Hub hub = Hub.on(port, "FCS");
        String locality = hub.locality();
        IGenericClient fhir = Fhir.as(port, "mdt", "mdt");

        CodeSystem pathways = fhir.read().resource(CodeSystem.class).withId("discharge-pathway").execute();
        CodeSystem localities = fhir.read().resource(CodeSystem.class).withId("locality").execute();

        assertThat(pathways.getUrl()).isEqualTo(HubCodes.PATHWAY);
        assertThat(pathways.getConcept()).extracting(CodeSystem.ConceptDefinitionComponent::getCode)
                .containsExactly("0", "1", "2", "3");
        assertThat(localities.getConcept()).extracting(CodeSystem.ConceptDefinitionComponent::getCode)
                .contains(locality);
    }

    @Test
    void an_unknown_resource_is_a_404_operation_outcome() {
        IGenericClient fhir = Fhir.as(port, "mdt", "mdt");

        assertThatThrownBy(() -> fhir.read().resource(CodeSystem.class).withId("no-such-system").execute())
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> assertThat(
                        ((OperationOutcome) e.getOperationOutcome()).getIssueFirstRep().getSeverity())
                        .isEqualTo(OperationOutcome.IssueSeverity.ERROR));
    }

    @Test
    void without_credentials_a_read_is_a_401_operation_outcome() throws Exception {
        assertThatThrownBy(() -> Fhir.anonymous(port).read().resource(CodeSystem.class).withId("locality").execute())
                .isInstanceOf(AuthenticationException.class);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/fhir/CodeSystem/locality")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(outcome(answer).getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.LOGIN);
    }

    @Test
    void a_bars_message_is_a_422_that_says_the_use_case_is_not_supported_and_a_non_message_a_400() throws Exception {
        Bundle message = new Bundle().setType(Bundle.BundleType.MESSAGE);
        message.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(new MessageHeader()
                .setEvent(new Coding(ProcessMessage.BARS_EVENTS, "servicerequest-request", null)));
        message.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(new ServiceRequest()
                .setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE)
                .setIntent(ServiceRequest.ServiceRequestIntent.ORDER)
                .addCategory(new CodeableConcept(new Coding("https://fhir.nhs.uk/CodeSystem/usecases-categories-bars",
                        "999", "999 to clinical assessment service"))));

        HttpResponse<String> answer = post("/fhir/$process-message",
                Fhir.R4.newJsonParser().encodeResourceToString(message));
        HttpResponse<String> notAMessage = post("/fhir/$process-message",
                Fhir.R4.newJsonParser().encodeResourceToString(new Bundle().setType(Bundle.BundleType.COLLECTION)));
        HttpResponse<String> malformed = post("/fhir/$process-message", "{\"resourceType\": \"Bundle\", ");

        assertThat(answer.statusCode()).isEqualTo(422);
        OperationOutcome.OperationOutcomeIssueComponent issue = outcome(answer).getIssueFirstRep();
        assertThat(issue.getCode()).isEqualTo(OperationOutcome.IssueType.NOTSUPPORTED);
        assertThat(issue.getDiagnostics()).startsWith("Use case not supported");
        assertThat(notAMessage.statusCode()).isEqualTo(400);
        assertThat(outcome(notAMessage).getIssueFirstRep().getSeverity())
                .isEqualTo(OperationOutcome.IssueSeverity.ERROR);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(outcome(malformed).getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/fhir+json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("mdt:mdt".getBytes(UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static OperationOutcome outcome(HttpResponse<String> answer) {
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/fhir+json"));
        return Fhir.R4.newJsonParser().parseResource(OperationOutcome.class, answer.body());
    }

    private static List<String> interactions(CapabilityStatement.CapabilityStatementRestResourceComponent resource) {
        return resource.getInteraction().stream().map(i -> i.getCode().toCode()).toList();
    }

    private static List<String> parameters(CapabilityStatement.CapabilityStatementRestResourceComponent resource) {
        return resource.getSearchParam().stream().map(p -> p.getName()).toList();
    }
}
