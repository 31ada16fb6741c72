package org.dischargehub.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.TokenClientParam;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Everything the hub emits at /fhir validates offline against FHIR R4, UK Core (for the types UK Core profiles) and
 * the hub's own profile and code systems, with no error: the capability statement, the code systems and profiles,
 * a referral's ServiceRequest and Task, the beds, settings and localities as Locations, settings and home-care
 * services as HealthcareServices, home-care capacity reports, the answer to a referral sent as a transaction, and the
 * OperationOutcome of a refusal.
 */
@HubIntegrationTest
class FhirConformanceIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void every_resource_the_hub_emits_validates_against_uk_core_and_the_hubs_profiles() {
        Hub hub = Hub.on(port, "FCF");
        String locality = hub.locality();
        IGenericClient fhir = Fhir.as(port, "coordinator", "coordinator");
        List<Resource> emitted = new ArrayList<>();
        emitted.add(Fhir.anonymous(port).capabilities().ofType(CapabilityStatement.class).execute());
        List<IBaseResource> known = new ArrayList<>();
        for (Class<? extends Resource> type : List.of(CodeSystem.class, StructureDefinition.class)) {
            Bundle all = fhir.search().forResource(type).returnBundle(Bundle.class).execute();
            all.getEntry().forEach(e -> {
                emitted.add(e.getResource());
                known.add(e.getResource());
            });
        }
        String id = Fhir.as(port, "mdt", "mdt").create().resource(HospitalReferrals.request(locality,
                People.nhsNumber(), "FCF-" + People.nhsNumber(),
                        TestClock.now().truncatedTo(ChronoUnit.SECONDS))).execute().getId().getIdPart();
        emitted.add(fhir.read().resource(ServiceRequest.class).withId(id).execute());
        emitted.add(fhir.read().resource(Task.class).withId(id).execute());
        String bed = hub.bed("REHAB");
        assertThat(hub.mdt.post("/api/referrals/" + id + "/triage",
                Map.of("pathway", 2, "bedType", "REHAB", "rationale", "Needs rehab")).status()).isBetween(200, 201);
        assertThat(hub.coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", bed)).status())
                .isBetween(200, 201);
        emitted.add(fhir.read().resource(Task.class).withId(id).execute());
        hub.homeCare();
        fhir.search().forResource(MeasureReport.class).where(new TokenClientParam("locality").exactly().code(locality))
                .returnBundle(Bundle.class).execute().getEntry().forEach(e -> emitted.add(e.getResource()));
        for (Class<? extends Resource> type : List.of(Location.class, HealthcareService.class)) {
            fhir.search().forResource(type).where(new TokenClientParam("locality").exactly().code(locality))
                    .returnBundle(Bundle.class).execute().getEntry().forEach(e -> emitted.add(e.getResource()));
        }
        emitted.add(Fhir.as(port, "mdt", "mdt").transaction().withBundle(HospitalReferrals.transaction(
                HospitalReferrals.request(locality, People.nhsNumber(), null,
                        TestClock.now().truncatedTo(ChronoUnit.SECONDS)))).execute());
        try {
            fhir.read().resource(Task.class).withId("no-such-referral").execute();
        } catch (BaseServerResponseException refused) {
            emitted.add((Resource) refused.getOperationOutcome());
        }
        assertThat(emitted).hasSizeGreaterThan(10).extracting(Resource::fhirType).contains("HealthcareService",
                "Location", "MeasureReport", "Task", "ServiceRequest", "OperationOutcome", "Bundle");
        assertThat(emitted).filteredOn(HealthcareService.class::isInstance).hasSizeGreaterThanOrEqualTo(2);

        UkCore ukCore = UkCore.knowing(known);
        for (Resource resource : emitted) {
            String named = resource.fhirType() + "/" + resource.getIdElement().getIdPart();
            assertThat(ukCore.errors(resource)).as(named).isEmpty();
        }
        ServiceRequest request = (ServiceRequest) emitted.stream().filter(ServiceRequest.class::isInstance)
                .findFirst().orElseThrow();
        assertThat(ukCore.errors(request, ReferralRequests.PROFILE)).isEmpty();
    }
}
