package org.dischargehub.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.TokenClientParam;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Location;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Capacity out: the bed base as Locations, each state coded as the design says, equal to what /api/beds shows. */
@HubIntegrationTest
class FhirBedsIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void beds_in_each_state_are_locations_with_the_designs_operational_status_and_a_closed_setting_is_suspended() {
        Hub hub = Hub.on(port, "FBD");
        String locality = hub.locality();
        String free = hub.bed("REHAB");
        String reserved = hub.bed("REHAB");
        String occupied = hub.bed("REHAB");
        String closed = hub.bed("NURSING");
        allocate(hub, reserved);
        String discharged = allocate(hub, occupied);
        assertThat(hub.coordinator.post("/api/referrals/" + discharged + "/discharge",
                Map.of("dischargedOn", TestClock.today().toString())).status()).isBetween(200, 201);
        assertThat(hub.coordinator.put("/api/beds/" + closed + "/availability",
                Map.of("available", false, "reason", "Deep clean")).status()).isEqualTo(200);
        IGenericClient fhir = Fhir.as(port, "coordinator", "coordinator");

        assertThat(status(fhir, locality, free)).isEqualTo("http://terminology.hl7.org/CodeSystem/v2-0116#U");
        assertThat(status(fhir, locality, reserved)).isEqualTo(HubCodes.BED_STATUS + "#RESERVED");
        assertThat(status(fhir, locality, occupied)).isEqualTo("http://terminology.hl7.org/CodeSystem/v2-0116#O");
        assertThat(status(fhir, locality, closed)).isEqualTo("http://terminology.hl7.org/CodeSystem/v2-0116#C");
        List<String> available = codes(fhir.search().forResource(Location.class)
                .where(Location.OPERATIONAL_STATUS.exactly().code("U"))
                .and(new TokenClientParam("locality").exactly().code(locality))
                .returnBundle(Bundle.class).execute());
        JsonNode api = hub.coordinator.get("/api/beds?status=AVAILABLE&locality=" + locality).json();
        assertThat(available).containsExactlyInAnyOrderElementsOf(
                StreamSupport.stream(api.spliterator(), false).map(b -> b.path("bedCode").asText()).toList());
        assertThat(available).contains(free).doesNotContain(reserved, occupied, closed);

        String setting = StreamSupport.stream(api.spliterator(), false).filter(b -> b.path("bedCode").asText()
                .equals(free)).findFirst().orElseThrow().path("settingCode").asText();
        assertThat(hub.coordinator.put("/api/settings/" + setting + "/admissions",
                Map.of("accepting", false, "reason", "Outbreak")).status()).isEqualTo(200);
        Location building = fhir.read().resource(Location.class).withId(FhirIds.of("setting", setting)).execute();
        assertThat(building.getStatus()).isEqualTo(Location.LocationStatus.SUSPENDED);
    }

    private String allocate(Hub hub, String bed) {
        String id = hub.mdt.post("/api/referrals", People.referral(hub.locality(),
                TestClock.now().truncatedTo(ChronoUnit.SECONDS))).json().path("id").asText();
        assertThat(hub.mdt.post("/api/referrals/" + id + "/triage",
                Map.of("pathway", 2, "bedType", "REHAB", "rationale", "Needs rehab")).status()).isBetween(200, 201);
        assertThat(hub.coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", bed)).status())
                .isBetween(200, 201);
        return id;
    }

    private static String status(IGenericClient fhir, String locality, String bedCode) {
        Location bed = fhir.read().resource(Location.class).withId(FhirIds.of("bed", bedCode)).execute();
        assertThat(bed.getIdentifierFirstRep().getValue()).isEqualTo(bedCode);
        return bed.getOperationalStatus().getSystem() + "#" + bed.getOperationalStatus().getCode();
    }

    private static List<String> codes(Bundle bundle) {
        return bundle.getEntry().stream().map(e -> ((Location) e.getResource()).getIdentifierFirstRep().getValue())
                .toList();
    }
}
