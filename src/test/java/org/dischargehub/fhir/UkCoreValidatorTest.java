package org.dischargehub.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The validator the FHIR tests rely on tells good from bad: UK Core's own examples (which nobody on this project
 * wrote) pass, and a Patient that breaks UK Core fails, citing the profile.
 */
class UkCoreValidatorTest {

    /** UK Core's examples of the types the hub exchanges; RichardSmith needs a terminology server for its language. */
    static final Pattern EXCHANGED = Pattern.compile(
            "UKCore-(Patient-BabyPatient|Organization-.*|Location-.*|HealthcareService-.*|ServiceRequest-.*"
                    + "|Encounter-.*)-Example");

    static UkCore ukCore;

    @BeforeAll
    static void warmUp() {
        ukCore = UkCore.validator();
    }

    @Test
    void uk_cores_own_examples_of_the_resources_the_hub_exchanges_validate_without_errors() {
        List<IBaseResource> examples = UkCore.resources("classpath:fhir/ukcore/examples/UKCore-*-Example.xml").stream()
                .filter(r -> EXCHANGED.matcher(r.getIdElement().getIdPart()).matches()).toList();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(10);

        for (IBaseResource example : examples) {
            assertThat(ukCore.errors(example)).as(example.getIdElement().getIdPart()).isEmpty();
        }
    }

    @Test
    void a_patient_with_two_nhs_numbers_fails_against_uk_core() {
        Patient patient = (Patient) UkCore.resources(
                "classpath:fhir/ukcore/examples/UKCore-Patient-BabyPatient-Example.xml").get(0);
        assertThat(ukCore.errors(patient)).isEmpty();
        patient.addIdentifier().setSystem(HubCodes.NHS_NUMBER).setValue("9434765919");

        assertThat(ukCore.errors(patient)).isNotEmpty()
                .anySatisfy(error -> assertThat(error).contains("UKCore-Patient"));
    }
}
