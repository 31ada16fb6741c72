package org.dischargehub.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hub's profile of UK Core's ServiceRequest requires what a discharge referral cannot do without. */
class DischargeReferralProfileTest {

    static final String PROFILE = HubCodes.BASE + "/StructureDefinition/discharge-referral";
    static final Date WRITTEN = Date.from(Instant.parse("2026-12-04T09:30:00Z"));

    static UkCore ukCore;

    @BeforeAll
    static void warmUp() {
        ukCore = UkCore.knowing(UkCore.resources("classpath:fhir/profiles/*.json", Fhir.R4.newJsonParser()));
    }

    @Test
    void the_profile_is_a_constraint_on_uk_cores_service_request() {
        StructureDefinition profile = (StructureDefinition) UkCore.resources(
                "classpath:fhir/profiles/StructureDefinition-discharge-referral.json", Fhir.R4.newJsonParser()).get(0);

        assertThat(profile.getUrl()).isEqualTo(PROFILE);
        assertThat(profile.getBaseDefinition()).isEqualTo(UkCore.UK_CORE + "ServiceRequest");
    }

    @Test
    void a_whole_referral_meets_the_profile() {
        assertThat(ukCore.errors(referral(), PROFILE)).isEmpty();
    }

    @Test
    void a_referral_without_a_locality_or_a_ready_date_or_an_identifier_does_not() {
        ServiceRequest noLocality = referral();
        noLocality.getLocationCode().clear();
        ServiceRequest noReadyDate = referral().setOccurrence(new Period().setEnd(WRITTEN));
        ServiceRequest noIdentifier = referral();
        noIdentifier.getIdentifier().clear();

        assertThat(ukCore.errors(noLocality, PROFILE)).anySatisfy(e -> assertThat(e).contains("locationCode"));
        assertThat(ukCore.errors(noReadyDate, PROFILE)).anySatisfy(e -> assertThat(e).contains("dh-ready-1"));
        assertThat(ukCore.errors(noIdentifier, PROFILE)).anySatisfy(e -> assertThat(e).contains("identifier"));
    }

    private static ServiceRequest referral() {
        ServiceRequest referral = new ServiceRequest()
                .setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE)
                .setIntent(ServiceRequest.ServiceRequestIntent.ORDER)
                .setCode(new CodeableConcept(new Coding(HubCodes.SNOMED, "3457005", "Patient referral")))
                .setSubject(new Reference().setDisplay("Ada Example"))
                .setAuthoredOn(WRITTEN)
                .setOccurrence(new Period().setStart(WRITTEN));
        referral.addIdentifier().setSystem("https://trust.example.nhs.uk/Id/referral").setValue("R-1");
        referral.addLocationCode(new CodeableConcept(new Coding(HubCodes.LOCALITY, "ASH", "Ashford Vale")));
        return referral;
    }
}
