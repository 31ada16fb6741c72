package org.dischargehub.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dischargehub.beds.BedBaseService;
import org.dischargehub.beds.BedRow;
import org.dischargehub.beds.BedStatus;
import org.dischargehub.beds.SettingRow;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.Locality;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * Capacity out: the shared bed base as UK Core Locations (fhir/design.md, "Beds"). A bed is a Location of physical
 * type bd whose operational status says AVAILABLE (U), OCCUPIED (O) or CLOSED (C) in v2-0116 and RESERVED in the hub's
 * own code system (v2-0116 has none); its type is coded in the hub's bed-type system (Location.type's binding is
 * extensible, and v3 RoleCode has no kinds of community bed). A bed is part of its setting, a building Location
 * suspended while it is closed to admissions, and a setting part of its locality, an area Location. Who holds a bed
 * is never shown. The beds are read through the bed base's service, so its roles hold (a provider sees its own
 * settings' beds only).
 */
@Component
class BedLocations implements HubResourceProvider {


    private final BedBaseService bedBase;
    private final DirectoryService directory;

    BedLocations(BedBaseService bedBase, DirectoryService directory) {
        this.bedBase = bedBase;
        this.directory = directory;
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

    /**
     * By operational status (U, O, C, or RESERVED), by the hub's locality code ({@code locality}) and by the Location
     * a Location is part of ({@code partof=Location/setting-…} for a setting's beds, a locality's area for its
     * settings).
     */
    @Search
    public List<Location> search(@OptionalParam(name = Location.SP_OPERATIONAL_STATUS) TokenParam status,
            @OptionalParam(name = "locality") TokenParam locality,
            @OptionalParam(name = Location.SP_PARTOF) ReferenceParam partOf) {
        return all(status == null ? null : bedStatus(status), locality == null ? null : locality.getValue())
                .filter(l -> partOf == null || ("Location/" + partOf.getIdPart()).equals(l.getPartOf().getReference()))
                .toList();
    }

    /** Beds, then settings (building) and localities (area) when no bed state is asked for. */
    private Stream<Location> all(BedStatus status, String locality) {
        List<Location> locations = new ArrayList<>();
        bedBase.beds(status, null, locality).forEach(bed -> locations.add(bed(bed)));
        if (status == null) {
            Map<String, String> names = directory.localities().stream()
                    .collect(Collectors.toMap(Locality::code, Locality::name));
            bedBase.settingRows().stream().filter(s -> locality == null || locality.equals(s.locality()))
                    .forEach(setting -> locations.add(setting(setting, names.get(setting.locality()))));
            directory.localities().stream().filter(l -> locality == null || locality.equals(l.code()))
                    .forEach(area -> locations.add(area(area)));
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

    /** The three kinds of place the hub serves as Locations: a bed, a setting's building and a locality's area. */
    enum Place {
        BED("bed", HubCodes.BED_ID, "bd", "Bed", Location.LocationMode.INSTANCE),
        SETTING("setting", HubCodes.SETTING_ID, "bu", "Building", Location.LocationMode.INSTANCE),
        AREA("locality", HubCodes.LOCALITY_ID, "area", "Area", Location.LocationMode.KIND);

        private final String prefix;
        private final String identifierSystem;
        private final String physicalType;
        private final String display;
        private final Location.LocationMode mode;

        Place(String prefix, String identifierSystem, String physicalType, String display,
                Location.LocationMode mode) {
            this.prefix = prefix;
            this.identifierSystem = identifierSystem;
            this.physicalType = physicalType;
            this.display = display;
            this.mode = mode;
        }

        /** The id of the Location of the place with this hub code. */
        String id(String code) {
            return FhirIds.of(prefix, code);
        }

        /** A reference to the place's Location that also names it by its hub code. */
        Reference reference(String code, String name) {
            Reference reference = new Reference("Location/" + id(code)).setDisplay(name);
            reference.setIdentifier(new Identifier().setSystem(identifierSystem).setValue(code));
            return reference;
        }

        private Location location(String code, String name, Location.LocationStatus status) {
            Location location = new Location();
            location.setId(id(code));
            location.getMeta().addProfile(ReferralRequests.UK_CORE + "Location");
            location.addIdentifier().setSystem(identifierSystem).setValue(code);
            location.setStatus(status);
            location.setName(name);
            location.setMode(mode);
            location.setPhysicalType(new CodeableConcept(new Coding(HubCodes.LOCATION_PHYSICAL_TYPE, physicalType,
                    display)));
            return location;
        }
    }

    static Location bed(BedRow bed) {
        Location location = Place.BED.location(bed.bedCode(), "Bed " + bed.bedCode(), Location.LocationStatus.ACTIVE);
        location.setOperationalStatus(operationalStatus(bed.status()));
        location.addType(new CodeableConcept(new Coding(HubCodes.BED_TYPE, bed.type().name(), bed.type().label())));
        location.setPartOf(Place.SETTING.reference(bed.settingCode(), bed.settingName()));
        return location;
    }

    static Location setting(SettingRow setting, String localityName) {
        Location location = Place.SETTING.location(setting.code(), setting.name(), setting.acceptingAdmissions()
                ? Location.LocationStatus.ACTIVE : Location.LocationStatus.SUSPENDED);
        location.setPartOf(Place.AREA.reference(setting.locality(), localityName));
        return location;
    }

    /** A locality as the area its settings are in and its services cover. */
    static Location area(Locality locality) {
        return Place.AREA.location(locality.code(), locality.name(), Location.LocationStatus.ACTIVE);
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
