package org.dischargehub.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A hospital's EPR sends the referral as a transaction Bundle: the same referral, rules and resend answer. */
@HubIntegrationTest
class FhirReferralBundleIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Hub hub;
    IGenericClient hospital;
    Instant ready;

    @BeforeEach
    void setUp() {
        hub = Hub.on(port, "FTX");
        hospital = Fhir.as(port, "mdt", "mdt");
        ready = TestClock.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void a_transaction_makes_the_referral_with_every_entry_as_sent_and_a_resend_answers_the_same_one() {
        String nhsNumber = People.nhsNumber();
        String identifier = "T-" + UUID.randomUUID();
        ServiceRequest request = HospitalReferrals.request(hub.locality(), nhsNumber, identifier, ready);
        request.addSupportingInfo(HospitalReferrals.contain(request, new Flag().setStatus(Flag.FlagStatus.ACTIVE)
                .setCode(new CodeableConcept(new Coding(HubCodes.INFECTION_STATUS, "positive", null)))
                .setSubject(request.getSubject())));
        Bundle bundle = HospitalReferrals.transaction(request);
        referralEntry(bundle).getRequest().setIfNoneExist("identifier=" + HospitalReferrals.TRUST + "|" + identifier);

        Bundle first = hospital.transaction().withBundle(bundle).execute();
        Bundle again = hospital.transaction().withBundle(bundle).execute();

        assertThat(first.getType()).isEqualTo(Bundle.BundleType.TRANSACTIONRESPONSE);
        assertThat(first.getEntry()).hasSameSizeAs(bundle.getEntry()).hasSize(6);
        int at = bundle.getEntry().indexOf(referralEntry(bundle));
        String location = first.getEntry().get(at).getResponse().getLocation();
        assertThat(first.getEntry().get(at).getResponse().getStatus()).startsWith("201");
        assertThat(again.getEntry().get(at).getResponse().getStatus()).startsWith("200");
        assertThat(again.getEntry().get(at).getResponse().getLocation()).isEqualTo(location);
        assertThat(first.getEntry()).filteredOn(e -> e != first.getEntry().get(at))
                .allSatisfy(e -> assertThat(((OperationOutcome) e.getResponse().getOutcome()).getIssueFirstRep()
                        .getDiagnostics()).contains(location));
        assertThat(referralsOf(nhsNumber)).isEqualTo(1);
        JsonNode referral = hub.mdt.get("/api/referrals/" + location.substring("ServiceRequest/".length())).json();
        assertThat(referral.path("status").asText()).isEqualTo("AWAITING_TRIAGE");
        assertThat(referral.path("nhsNumber").asText()).isEqualTo(nhsNumber);
        assertThat(referral.path("familyName").asText()).isEqualTo("Lovelace");
        assertThat(referral.path("dateOfBirth").asText()).isEqualTo("1941-05-03");
        assertThat(referral.path("hospital").asText()).isEqualTo("Westshire General Hospital");
        assertThat(referral.path("ward").asText()).isEqualTo("Elm Ward");
        assertThat(Instant.parse(referral.path("readyToLeaveAt").asText())).isEqualTo(ready);
        assertThat(referral.path("infectionPositive").asBoolean()).isTrue();
    }

    @Test
    void a_rule_broken_in_an_entry_is_a_400_at_that_entry_and_nothing_is_made() {
        String nhsNumber = People.nhsNumber();
        String badCheckDigit = nhsNumber.substring(0, 9) + ((nhsNumber.charAt(9) - '0' + 1) % 10);
        Bundle bundle = HospitalReferrals.transaction(HospitalReferrals.request(hub.locality(), badCheckDigit, null,
                ready));
        int at = bundle.getEntry().indexOf(referralEntry(bundle));

        assertRefused(bundle, "Bundle.entry[" + at + "].resource.ofType(ServiceRequest).subject.resolve()"
                + ".identifier.where(system='" + HubCodes.NHS_NUMBER + "')");
        assertThat(referralsOf(badCheckDigit)).isZero();
    }

    @Test
    void an_entry_the_request_does_not_reference_or_a_second_request_is_refused_and_nothing_is_made() {
        String nhsNumber = People.nhsNumber();
        Bundle stray = HospitalReferrals.transaction(HospitalReferrals.request(hub.locality(), nhsNumber, null,
                ready));
        Patient someoneElse = new Patient();
        someoneElse.addIdentifier().setSystem(HubCodes.NHS_NUMBER).setValue(People.nhsNumber());
        stray.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(someoneElse).getRequest()
                .setMethod(Bundle.HTTPVerb.POST).setUrl("Patient");
        Bundle twice = HospitalReferrals.transaction(HospitalReferrals.request(hub.locality(), nhsNumber, null,
                ready));
        twice.addEntry(referralEntry(HospitalReferrals.transaction(HospitalReferrals.request(hub.locality(),
                People.nhsNumber(), null, ready))));

        assertRefused(stray, "Bundle.entry[" + (stray.getEntry().size() - 1) + "]");
        assertRefused(twice, "Bundle.entry[" + (twice.getEntry().size() - 1) + "]");
        assertThat(referralsOf(nhsNumber)).isZero();
    }

    private void assertRefused(Bundle bundle, String expression) {
        assertThatThrownBy(() -> hospital.transaction().withBundle(bundle).execute())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(
                        ((OperationOutcome) e.getOperationOutcome()).getIssue())
                        .anySatisfy(issue -> assertThat(issue.getExpression()).extracting(x -> x.getValue())
                                .contains(expression)));
    }

    private static BundleEntryComponent referralEntry(Bundle bundle) {
        return bundle.getEntry().stream().filter(e -> e.getResource() instanceof ServiceRequest).findFirst()
                .orElseThrow();
    }

    private int referralsOf(String nhsNumber) {
        return jdbc.sql("select count(*) from hub.referral where nhs_number = ?").param(nhsNumber).query(Integer.class)
                .single();
    }
}
