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
import org.hl7.fhir.r4.model.HealthcareService;
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
        HealthcareService service = fhir.read().resource(HealthcareService.class)
                .withId(FhirIds.of("setting", setting)).execute();
        assertThat(service.getNotAvailableFirstRep().getDescription()).isEqualTo("Closed to admissions: Outbreak");
        assertThat(service.getLocationFirstRep().getReference()).isEqualTo("Location/" + building.getIdPart());
        assertThat(service.getCoverageAreaFirstRep().getIdentifier().getValue()).isEqualTo(locality);
        assertThat(service.getCharacteristic()).extracting(c -> c.getCodingFirstRep().getCode())
                .contains(CareServices.BED_BASED);
    }

    @Test
    void a_settings_beds_are_found_by_partof_and_its_service_by_locality_and_characteristic() {
        Hub hub = Hub.on(port, "FPO");
        String setting = hub.county.setting("FPOS", hub.county.bedBasedProvider("FPOB"), hub.locality(), 2, "150.00",
                true);
        String first = hub.county.bed(setting, "01", "REHAB");
        String second = hub.county.bed(setting, "02", "NURSING");
        hub.bed("REHAB");
        IGenericClient fhir = Fhir.as(port, "mdt", "mdt");
        JsonNode beds = hub.coordinator.get("/api/beds?locality=" + hub.locality()).json();
        List<String> ofSetting = StreamSupport.stream(beds.spliterator(), false)
                .filter(b -> b.path("settingCode").asText().equals(setting)).map(b -> b.path("bedCode").asText())
                .toList();

        List<String> partOf = codes(fhir.search().forResource(Location.class)
                .where(Location.PARTOF.hasId("Location/" + FhirIds.of("setting", setting)))
                .returnBundle(Bundle.class).execute());

        assertThat(partOf).containsExactlyInAnyOrder(first, second).containsExactlyInAnyOrderElementsOf(ofSetting);
        Location area = fhir.read().resource(Location.class).withId(FhirIds.of("locality", hub.locality())).execute();
        assertThat(area.getPhysicalType().getCodingFirstRep().getCode()).isEqualTo("area");
        List<String> settingsOfArea = fhir.search().forResource(Location.class)
                .where(Location.PARTOF.hasId("Location/" + area.getIdPart())).returnBundle(Bundle.class).execute()
                .getEntry().stream().map(e -> ((Location) e.getResource()).getIdentifierFirstRep().getValue()).toList();
        assertThat(settingsOfArea).contains(setting);
        List<HealthcareService> bedBased = fhir.search().forResource(HealthcareService.class)
                .where(new TokenClientParam("locality").exactly().code(hub.locality()))
                .and(HealthcareService.CHARACTERISTIC.exactly().code(CareServices.BED_BASED))
                .returnBundle(Bundle.class).execute().getEntry().stream()
                .map(e -> (HealthcareService) e.getResource()).toList();
        HealthcareService ours = bedBased.stream().filter(s -> s.getIdentifierFirstRep().getValue().equals(setting))
                .findFirst().orElseThrow();
        assertThat(ours.getCharacteristic()).extracting(c -> c.getCodingFirstRep().getCode())
                .containsExactlyInAnyOrder(CareServices.BED_BASED, "tier-2", CareServices.INFECTION_DESIGNATED);
        assertThat(ours.hasNotAvailable()).isFalse();
        List<HealthcareService> homeCare = fhir.search().forResource(HealthcareService.class)
                .where(new TokenClientParam("provider").exactly().code(hub.homeCare()))
                .returnBundle(Bundle.class).execute().getEntry().stream()
                .map(e -> (HealthcareService) e.getResource()).toList();
        assertThat(homeCare).extracting(s -> s.getCoverageAreaFirstRep().getIdentifier().getValue())
                .contains(hub.locality());
        assertThat(homeCare).allSatisfy(s -> assertThat(s.getCharacteristicFirstRep().getCodingFirstRep().getCode())
                .isEqualTo(CareServices.HOME_CARE));
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
