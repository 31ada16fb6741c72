package org.dischargehub.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The FHIR door: its capability statement, the hub's code systems, and refusals as OperationOutcomes. */
@HubIntegrationTest
class FhirServerIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void the_capability_statement_is_public_and_says_fhir_4_0_1() {
        CapabilityStatement metadata = Fhir.anonymous(port).capabilities().ofType(CapabilityStatement.class).execute();

        assertThat(metadata.getFhirVersion().toCode()).isEqualTo("4.0.1");
        assertThat(metadata.getRest().get(0).getResource()).extracting(r -> r.getType()).contains("CodeSystem");
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
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/fhir+json"));
        assertThat(Fhir.R4.newJsonParser().parseResource(OperationOutcome.class, answer.body())
                .getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.LOGIN);
    }
}
