package org.dischargehub.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.dischargehub.support.Api;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A hospital refers through FHIR without re-typing: the same referral, the same rules, one per identifier. */
@HubIntegrationTest
class FhirReferralInIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Hub hub;
    IGenericClient hospital;
    Instant ready;

    @BeforeEach
    void setUp() {
        hub = Hub.on(port, "FIN");
        hospital = Fhir.as(port, "mdt", "mdt");
        ready = TestClock.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void a_service_request_makes_a_referral_awaiting_triage_with_every_field_as_sent() {
        String nhsNumber = People.nhsNumber();
        ServiceRequest request = request(nhsNumber, "R-" + UUID.randomUUID());
        request.addSupportingInfo(HospitalReferrals.contain(request, new Flag().setStatus(Flag.FlagStatus.ACTIVE)
                .setCode(new CodeableConcept(new Coding(HubCodes.INFECTION_STATUS, "positive", null)))
                .setSubject(request.getSubject())));

        MethodOutcome outcome = hospital.create().resource(request).execute();

        assertThat(outcome.getCreated()).isTrue();
        String id = outcome.getId().getIdPart();
        JsonNode referral = hub.mdt.get("/api/referrals/" + id).json();
        assertThat(referral.path("status").asText()).isEqualTo("AWAITING_TRIAGE");
        assertThat(referral.path("nhsNumber").asText()).isEqualTo(nhsNumber);
        assertThat(referral.path("givenName").asText()).isEqualTo("Ada");
        assertThat(referral.path("familyName").asText()).isEqualTo("Lovelace");
        assertThat(referral.path("dateOfBirth").asText()).isEqualTo("1941-05-03");
        assertThat(referral.path("locality").asText()).isEqualTo(hub.locality());
        assertThat(referral.path("hospital").asText()).isEqualTo("Westshire General Hospital");
        assertThat(referral.path("ward").asText()).isEqualTo("Elm Ward");
        assertThat(Instant.parse(referral.path("readyToLeaveAt").asText())).isEqualTo(ready);
        assertThat(referral.path("infectionPositive").asBoolean()).isTrue();
        assertThat(referral.path("notes").asText()).isEqualTo("Lives alone; daughter nearby");
        ServiceRequest back = hospital.read().resource(ServiceRequest.class).withId(id).execute();
        assertThat(back.getIdentifierFirstRep().getValue()).isEqualTo(request.getIdentifierFirstRep().getValue());
        assertThat(back.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.ACTIVE);
    }

    @Test
    void a_resend_with_the_same_identifier_answers_the_same_referral_and_makes_no_second() {
        String nhsNumber = People.nhsNumber();
        String identifier = "R-" + UUID.randomUUID();

        MethodOutcome first = hospital.create().resource(request(nhsNumber, identifier))
                .conditionalByUrl("ServiceRequest?identifier=" + HospitalReferrals.TRUST + "|" + identifier).execute();
        MethodOutcome again = hospital.create().resource(request(nhsNumber, identifier))
                .conditionalByUrl("ServiceRequest?identifier=" + HospitalReferrals.TRUST + "|" + identifier).execute();

        assertThat(again.getId().getIdPart()).isEqualTo(first.getId().getIdPart());
        assertThat(first.getCreated()).isTrue();
        assertThat(Boolean.TRUE.equals(again.getCreated())).isFalse();
        assertThat(referralsOf(nhsNumber)).isEqualTo(1);
    }

    @Test
    void input_that_breaks_a_rule_is_a_400_at_its_element_and_nothing_is_made() {
        String nhsNumber = People.nhsNumber();
        String badCheckDigit = nhsNumber.substring(0, 9) + ((nhsNumber.charAt(9) - '0' + 1) % 10);

        assertRefused(request(badCheckDigit, null), "identifier.where(system='" + HubCodes.NHS_NUMBER + "')");
        assertRefused(changed(nhsNumber, r -> ((Patient) r.getSubject().getResource()).getIdentifier().clear()),
                "identifier.where(system='" + HubCodes.NHS_NUMBER + "')");
        assertRefused(changed(nhsNumber, r -> ((Patient) r.getSubject().getResource()).addIdentifier()
                .setSystem(HubCodes.NHS_NUMBER).setValue(People.nhsNumber())), HubCodes.NHS_NUMBER);
        assertRefused(changed(nhsNumber, r -> r.setOccurrence(null)), "ServiceRequest.occurrence.ofType(Period).start");
        assertRefused(changed(nhsNumber, r -> r.getLocationCode().clear()), "ServiceRequest.locationCode");
        assertRefused(changed(nhsNumber, r -> HospitalReferrals.ward(r).setName("W".repeat(201))),
                ".location.location.resolve().name");
        assertThat(referralsOf(nhsNumber)).isZero();
        assertThat(referralsOf(badCheckDigit)).isZero();
    }

    @Test
    void the_api_rules_hold_through_fhir_a_second_open_referral_is_a_409_and_a_ready_time_a_year_ahead_a_400() {
        String nhsNumber = People.nhsNumber();
        hospital.create().resource(request(nhsNumber, "R-" + UUID.randomUUID())).execute();

        assertThatThrownBy(() -> hospital.create().resource(request(nhsNumber, "R-" + UUID.randomUUID())).execute())
                .isInstanceOf(ResourceVersionConflictException.class);
        ready = TestClock.now().plus(Duration.ofDays(400)).truncatedTo(ChronoUnit.SECONDS);
        assertRefused(request(People.nhsNumber(), "R-" + UUID.randomUUID()),
                "ServiceRequest.occurrence.ofType(Period).start");
        assertThat(referralsOf(nhsNumber)).isEqualTo(1);
    }

    @Test
    void no_credentials_is_a_401_a_provider_a_403_and_malformed_json_a_400() {
        String nhsNumber = People.nhsNumber();
        hub.homeCare();

        assertThatThrownBy(() -> Fhir.anonymous(port).create().resource(request(nhsNumber, null)).execute())
                .isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> Fhir.as(port, hub.homeCareUsername(), org.dischargehub.support.County.password())
                .create().resource(request(nhsNumber, null)).execute())
                .isInstanceOf(ForbiddenOperationException.class);
        Api.Response malformed = Api.as(port, "mdt", "mdt").unchecked()
                .sendRaw("POST", "/fhir/ServiceRequest", "{\"resourceType\": \"ServiceRequest\", ",
                        "application/fhir+json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("OperationOutcome");
        assertThat(referralsOf(nhsNumber)).isZero();
    }

    @Test
    void a_revoked_request_cancels_the_referral_and_gives_its_reserved_bed_back() {
        String id = hospital.create().resource(request(People.nhsNumber(), "R-" + UUID.randomUUID())).execute()
                .getId().getIdPart();
        String bed = hub.bed("REHAB");
        assertThat(hub.mdt.post("/api/referrals/" + id + "/triage",
                Map.of("pathway", 2, "bedType", "REHAB", "rationale", "Needs rehab")).status()).isBetween(200, 201);
        assertThat(hub.coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", bed)).status())
                .isBetween(200, 201);

        ServiceRequest revoked = hospital.read().resource(ServiceRequest.class).withId(id).execute();
        revoked.setStatus(ServiceRequest.ServiceRequestStatus.REVOKED);
        hospital.update().resource(revoked).execute();

        assertThat(hub.mdt.get("/api/referrals/" + id).json().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(hub.coordinator.get("/api/beds?locality=" + hub.locality()).json().findValues("bedCode").stream()
                .map(JsonNode::asText).toList()).contains(bed);
        assertThat(hub.coordinator.get("/api/beds?status=AVAILABLE&locality=" + hub.locality()).json()
                .findValues("bedCode").stream().map(JsonNode::asText).toList()).contains(bed);
        assertThat(hospital.read().resource(ServiceRequest.class).withId(id).execute().getStatus())
                .isEqualTo(ServiceRequest.ServiceRequestStatus.REVOKED);
    }

    private void assertRefused(ServiceRequest request, String expressionPart) {
        assertThatThrownBy(() -> hospital.create().resource(request).execute())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(
                        ((OperationOutcome) e.getOperationOutcome()).getIssue())
                        .anySatisfy(issue -> assertThat(issue.getExpression()).anySatisfy(
                                expression -> assertThat(expression.getValue()).contains(expressionPart))));
    }

    private ServiceRequest changed(String nhsNumber, Consumer<ServiceRequest> change) {
        ServiceRequest request = request(nhsNumber, null);
        change.accept(request);
        return request;
    }

    private int referralsOf(String nhsNumber) {
        return jdbc.sql("select count(*) from hub.referral where nhs_number = ?").param(nhsNumber).query(Integer.class)
                .single();
    }

    private ServiceRequest request(String nhsNumber, String identifier) {
        return HospitalReferrals.request(hub.locality(), nhsNumber, identifier, ready);
    }
}
