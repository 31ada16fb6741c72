package org.dischargehub.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dischargehub.beds.BedBaseService;
import org.dischargehub.beds.SettingRow;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.Locality;
import org.dischargehub.directory.Provider;
import org.dischargehub.directory.ProviderKind;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * The services a person can be discharged to, as UK Core HealthcareServices (fhir/design.md, "settings"): each care
 * setting (at its building Location, with its tier and whether it is designated for infection as characteristics,
 * and notAvailable while it is closed to admissions), and each home-care provider's service in each locality, the
 * subject of its capacity reports. Every service is an intermediate care service (SNOMED 892601000000108) provided by
 * its provider and covering one locality, an area Location.
 */
@Component
class CareServices implements HubResourceProvider {

    static final String HOME_CARE = "home-care";
    static final String BED_BASED = "bed-based";
    static final String INFECTION_DESIGNATED = "infection-designated";
    /** The codes of a service's characteristics: how it cares, its tier (1 to 9) and infection designation. */
    static final Map<String, String> CHARACTERISTICS = characteristics();

    private final BedBaseService bedBase;
    private final DirectoryService directory;

    CareServices(BedBaseService bedBase, DirectoryService directory) {
        this.bedBase = bedBase;
        this.directory = directory;
    }

    @Override
    public Class<HealthcareService> getResourceType() {
        return HealthcareService.class;
    }

    @Read
    public HealthcareService read(@IdParam IdType id) {
        HealthcareService found = all().get(id.getIdPart());
        if (found == null) {
            throw new ResourceNotFoundException(id);
        }
        return found;
    }

    /**
     * By the hub's locality code ({@code locality}), provider code ({@code provider}) and characteristic
     * ({@code characteristic=home-care}, {@code bed-based}, {@code tier-2} or {@code infection-designated}).
     */
    @Search
    public List<HealthcareService> search(@OptionalParam(name = "locality") TokenParam locality,
            @OptionalParam(name = "provider") TokenParam provider,
            @OptionalParam(name = HealthcareService.SP_CHARACTERISTIC) TokenParam characteristic) {
        return all().values().stream()
                .filter(s -> locality == null || locality.getValue().equals(s.getCoverageAreaFirstRep()
                        .getIdentifier().getValue()))
                .filter(s -> provider == null || provider.getValue().equals(s.getProvidedBy().getIdentifier()
                        .getValue()))
                .filter(s -> characteristic == null || s.getCharacteristic().stream()
                        .flatMap(c -> c.getCoding().stream())
                        .anyMatch(c -> c.getCode().equals(characteristic.getValue())))
                .toList();
    }

    private static Map<String, String> characteristics() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(BED_BASED, "Bed-based care");
        codes.put(HOME_CARE, "Home care");
        codes.put(INFECTION_DESIGNATED, "Designated for infection-positive people");
        for (int tier = 1; tier <= 9; tier++) {
            codes.put("tier-" + tier, "Tier " + tier);
        }
        return Collections.unmodifiableMap(codes);
    }

    /** The id of a home-care provider's service in a locality: the subject of its capacity reports. */
    static String homeCareId(String providerCode, String localityCode) {
        return FhirIds.of(HOME_CARE, providerCode + "." + localityCode);
    }

    private Map<String, HealthcareService> all() {
        Map<String, Provider> providers = new LinkedHashMap<>();
        directory.providers().forEach(p -> providers.put(p.code(), p));
        Map<String, String> localities = new LinkedHashMap<>();
        directory.localities().forEach(l -> localities.put(l.code(), l.name()));
        Map<String, HealthcareService> services = new LinkedHashMap<>();
        for (SettingRow setting : bedBase.settingRows()) {
            HealthcareService service = service(BedLocations.Place.SETTING.id(setting.code()), setting.name(),
                    providers.get(setting.providerCode()), setting.locality(), localities.get(setting.locality()));
            service.addIdentifier().setSystem(HubCodes.SETTING_ID).setValue(setting.code());
            service.addLocation(BedLocations.Place.SETTING.reference(setting.code(), setting.name()));
            characteristic(service, BED_BASED);
            characteristic(service, "tier-" + setting.tier());
            if (setting.designatedForInfection()) {
                characteristic(service, INFECTION_DESIGNATED);
            }
            if (!setting.acceptingAdmissions()) {
                service.addNotAvailable().setDescription("Closed to admissions"
                        + (setting.admissionsReason() == null ? "" : ": " + setting.admissionsReason()));
            }
            services.put(service.getIdElement().getIdPart(), service);
        }
        for (Provider provider : providers.values()) {
            if (provider.kind() != ProviderKind.HOME_CARE) {
                continue;
            }
            for (Locality locality : directory.localities()) {
                HealthcareService service = service(homeCareId(provider.code(), locality.code()),
                        "Home care by " + provider.name() + " in " + locality.name(), provider, locality.code(),
                        locality.name());
                characteristic(service, HOME_CARE);
                services.put(service.getIdElement().getIdPart(), service);
            }
        }
        return services;
    }

    private static HealthcareService service(String id, String name, Provider provider, String localityCode,
            String localityName) {
        HealthcareService service = new HealthcareService();
        service.setId(id);
        service.getMeta().addProfile(ReferralRequests.UK_CORE + "HealthcareService");
        service.setActive(true);
        service.setName(name);
        service.addType(new CodeableConcept(ReferralRequests.INTERMEDIATE_CARE.copy()));
        Reference providedBy = new Reference().setIdentifier(new Identifier().setSystem(HubCodes.PROVIDER_ID)
                .setValue(provider.code())).setDisplay(provider.name());
        service.setProvidedBy(providedBy);
        service.addCoverageArea(BedLocations.Place.AREA.reference(localityCode, localityName));
        return service;
    }

    private static void characteristic(HealthcareService service, String code) {
        service.addCharacteristic(new CodeableConcept(new Coding(HubCodes.CARE_CHARACTERISTIC, code,
                CHARACTERISTICS.get(code))));
    }
}
