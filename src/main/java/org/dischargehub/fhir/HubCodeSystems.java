package org.dischargehub.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.UriParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dischargehub.beds.BedStatus;
import org.dischargehub.beds.BedType;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.Locality;
import org.dischargehub.referral.CloseOutcome;
import org.dischargehub.referral.ReferralStatus;
import org.dischargehub.shared.Pathway;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

/**
 * The hub's local code systems, served under its canonical base: no national code exists for discharge pathways,
 * the hub's referral and bed states, its localities or its Task outputs. Localities are read from the directory each
 * time, so a new one is served as soon as it is added.
 */
@Component
class HubCodeSystems implements HubResourceProvider {

    private final DirectoryService directory;

    HubCodeSystems(DirectoryService directory) {
        this.directory = directory;
    }

    @Override
    public Class<CodeSystem> getResourceType() {
        return CodeSystem.class;
    }

    @Read
    public CodeSystem read(@IdParam IdType id) {
        CodeSystem found = all().get(id.getIdPart());
        if (found == null) {
            throw new ResourceNotFoundException(id);
        }
        return found;
    }

    @Search
    public List<CodeSystem> search(@OptionalParam(name = CodeSystem.SP_URL) UriParam url) {
        return all().values().stream().filter(c -> url == null || c.getUrl().equals(url.getValue())).toList();
    }

    private Map<String, CodeSystem> all() {
        Map<String, CodeSystem> systems = new LinkedHashMap<>();
        add(systems, HubCodes.PATHWAY, "Discharge pathway", "The hospital discharge pathway 0 to 3 (NHS England's "
                + "discharge guidance): 0 home with no new support, 1 home with support, 2 a bed with rehabilitation "
                + "or reablement, 3 a bed for people with the highest needs",
                codes(Arrays.asList(Pathway.values()), p -> String.valueOf(p.number()),
                        p -> "Pathway " + p.number() + ": " + p.need()));
        add(systems, HubCodes.REFERRAL_STATUS, "Referral status", "Where a referral stands in the hub",
                codes(Arrays.asList(ReferralStatus.values()), Enum::name, ReferralStatus::label));
        add(systems, HubCodes.BED_STATUS, "Bed status", "A community bed's state in the hub; RESERVED has no code "
                + "in v2-0116", codes(Arrays.asList(BedStatus.values()), Enum::name,
                        s -> s.name().charAt(0) + s.name().substring(1).toLowerCase()));
        add(systems, HubCodes.BED_TYPE, "Bed type", "The kind of care a community bed gives",
                codes(Arrays.asList(BedType.values()), Enum::name, BedType::label));
        add(systems, HubCodes.LOCALITY, "Locality", "The council's localities, each with its own bed base and "
                + "home-care market", codes(directory.localities(), Locality::code, Locality::name));
        add(systems, HubCodes.INFECTION_STATUS, "Infection status", "Whether the person needs infection control "
                + "in a bed", Map.of("positive", "Infection-positive", "negative", "Not infection-positive"));
        add(systems, HubCodes.CLOSE_OUTCOME, "Close outcome", "How an episode ended after the funded period",
                codes(Arrays.asList(CloseOutcome.values()), Enum::name, CloseOutcome::label));
        add(systems, HubCodes.HOME_CARE_CAPACITY, "Home-care capacity", "The figures of a provider's home-care "
                + "capacity report, in hours of new packages a week", Map.of("hours-posted", "Hours posted",
                        "hours-booked", "Hours booked", "hours-offered", "Hours offered", "hours-free", "Hours free"));
        add(systems, HubCodes.CARE_CHARACTERISTIC, "Care characteristic", "How a service cares for people: "
                + "in a bed or at home, a setting's tier, and whether it is designated for infection-positive people",
                CareServices.CHARACTERISTICS);
        add(systems, HubCodes.TASK_OUTPUT, "Task output", "What the hub tells the referring hospital about a "
                + "referral", TaskOutputs.CODES);
        return systems;
    }

    private static <T> Map<String, String> codes(List<T> values, Function<T, String> code, Function<T,
            String> display) {
        return values.stream().collect(Collectors.toMap(code, display, (a, b) -> a, LinkedHashMap::new));
    }

    private static void add(Map<String, CodeSystem> systems, String url, String title, String description,
            Map<String, String> codes) {
        CodeSystem system = new CodeSystem();
        String id = url.substring(url.lastIndexOf('/') + 1);
        system.setId(id);
        system.setUrl(url);
        system.setName(title.replace(" ", ""));
        system.setTitle(title);
        system.setDescription(description);
        system.setStatus(PublicationStatus.ACTIVE);
        system.setPublisher("Discharge Hub");
        system.setContent(CodeSystemContentMode.COMPLETE);
        system.setCaseSensitive(true);
        codes.forEach((code, display) -> system.addConcept().setCode(code).setDisplay(display));
        system.setCount(codes.size());
        systems.put(id, system);
    }
}
