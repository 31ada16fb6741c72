package org.dischargehub.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dischargehub.beds.BedBaseService;
import org.dischargehub.beds.BedRow;
import org.dischargehub.beds.BedStatus;
import org.dischargehub.beds.SettingRow;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * Capacity out: the shared bed base as UK Core Locations (fhir/design.md, "Beds"). A bed is a Location of physical
 * type bd whose operational status says AVAILABLE (U), OCCUPIED (O) or CLOSED (C) in v2-0116 and RESERVED in the hub's
 * own code system (v2-0116 has none); its type is coded in the hub's bed-type system (Location.type's binding is
 * extensible, and v3 RoleCode has no kinds of community bed). A setting is a building Location,
 * suspended while it is closed to admissions. Who holds a bed is never shown. The beds are read through the bed
 * base's service, so its roles hold (a provider sees its own settings' beds only).
 */
@Component
class BedLocations implements HubResourceProvider {


    private final BedBaseService bedBase;

    BedLocations(BedBaseService bedBase) {
        this.bedBase = bedBase;
    }

    @Override
    public Class<Location> getResourceType() {
        return Location.class;
    }

    @Read
    public Location read(@IdParam IdType id) {
        return all(null, null).filter(l -> l.getIdElement().getIdPart().equals(id.getIdPart())).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(id));
    }

    /** By operational status (U, O, C, or RESERVED) and by the hub's locality code ({@code locality}). */
    @Search
    public List<Location> search(@OptionalParam(name = Location.SP_OPERATIONAL_STATUS) TokenParam status,
            @OptionalParam(name = "locality") TokenParam locality) {
        return all(status == null ? null : bedStatus(status), locality == null ? null : locality.getValue()).toList();
    }

    private Stream<Location> all(BedStatus status, String locality) {
        List<Location> locations = new ArrayList<>();
        bedBase.beds(status, null, locality).forEach(bed -> locations.add(bed(bed)));
        if (status == null) {
            bedBase.settingRows().stream().filter(s -> locality == null || locality.equals(s.locality()))
                    .forEach(setting -> locations.add(setting(setting)));
        }
        return locations.stream();
    }

    private static BedStatus bedStatus(TokenParam token) {
        String code = token.getValue();
        if (token.getSystem() != null && !token.getSystem().equals(HubCodes.V2_0116)
                && !token.getSystem().equals(HubCodes.BED_STATUS)) {
            throw new InvalidRequestException("operational-status is coded in " + HubCodes.V2_0116 + " or "
                    + HubCodes.BED_STATUS);
        }
        return switch (code) {
            case "U" -> BedStatus.AVAILABLE;
            case "O" -> BedStatus.OCCUPIED;
            case "C" -> BedStatus.CLOSED;
            case "RESERVED" -> BedStatus.RESERVED;
            default -> throw new InvalidRequestException("operational-status is U, O, C or RESERVED, not " + code);
        };
    }

    static Location bed(BedRow bed) {
        Location location = new Location();
        location.setId(FhirIds.of("bed", bed.bedCode()));
        location.getMeta().addProfile(ReferralRequests.UK_CORE + "Location");
        location.addIdentifier().setSystem(HubCodes.BED_ID).setValue(bed.bedCode());
        location.setStatus(Location.LocationStatus.ACTIVE);
        location.setOperationalStatus(operationalStatus(bed.status()));
        location.setName("Bed " + bed.bedCode());
        location.setMode(Location.LocationMode.INSTANCE);
        location.setPhysicalType(new CodeableConcept(new Coding(HubCodes.LOCATION_PHYSICAL_TYPE, "bd", "Bed")));
        location.addType(new CodeableConcept(new Coding(HubCodes.BED_TYPE, bed.type().name(), bed.type().label())));
        Reference setting = new Reference("Location/" + FhirIds.of("setting", bed.settingCode()))
                .setDisplay(bed.settingName());
        setting.getIdentifier().setSystem(HubCodes.SETTING_ID).setValue(bed.settingCode());
        location.setPartOf(setting);
        return location;
    }

    static Location setting(SettingRow setting) {
        Location location = new Location();
        location.setId(FhirIds.of("setting", setting.code()));
        location.getMeta().addProfile(ReferralRequests.UK_CORE + "Location");
        location.addIdentifier().setSystem(HubCodes.SETTING_ID).setValue(setting.code());
        location.setStatus(setting.acceptingAdmissions() ? Location.LocationStatus.ACTIVE
                : Location.LocationStatus.SUSPENDED);
        location.setName(setting.name());
        location.setMode(Location.LocationMode.INSTANCE);
        location.setPhysicalType(new CodeableConcept(new Coding(HubCodes.LOCATION_PHYSICAL_TYPE, "bu", "Building")));
        return location;
    }

    private static Coding operationalStatus(BedStatus status) {
        return switch (status) {
            case AVAILABLE -> new Coding(HubCodes.V2_0116, "U", "Unoccupied");
            case OCCUPIED -> new Coding(HubCodes.V2_0116, "O", "Occupied");
            case CLOSED -> new Coding(HubCodes.V2_0116, "C", "Closed");
            case RESERVED -> new Coding(HubCodes.BED_STATUS, "RESERVED", "Reserved");
        };
    }
}
