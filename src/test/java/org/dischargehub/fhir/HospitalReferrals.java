package org.dischargehub.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dischargehub.support.TestClock;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;

/** Referrals as a hospital's EPR would send them: a ServiceRequest with the person, ward and hospital contained. */
public final class HospitalReferrals {

    public static final String TRUST = "https://westshire-general.nhs.uk/Id/discharge-referral";

    private HospitalReferrals() {
    }

    /** Ada Lovelace, born 3 May 1941, on Elm Ward, ready at the moment given; no identifier when it is null. */
    public static ServiceRequest request(String locality, String nhsNumber, String identifier, Instant ready) {
        ServiceRequest request = new ServiceRequest()
                .setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE)
                .setIntent(ServiceRequest.ServiceRequestIntent.ORDER)
                .setCode(new CodeableConcept(new Coding(HubCodes.SNOMED, "3457005", "Patient referral")))
                .setAuthoredOn(Date.from(TestClock.now()))
                .setOccurrence(new Period().setStart(Date.from(ready)));
        if (identifier != null) {
            request.addIdentifier().setSystem(TRUST).setValue(identifier);
        }
        Patient patient = new Patient();
        patient.addIdentifier().setSystem(HubCodes.NHS_NUMBER).setValue(nhsNumber);
        patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily("Lovelace").addGiven("Ada");
        patient.setBirthDateElement(new DateType("1941-05-03"));
        request.setSubject(contain(request, patient));
        Encounter stay = new Encounter().setStatus(Encounter.EncounterStatus.INPROGRESS);
        stay.addLocation().setLocation(contain(request, new Location().setName("Elm Ward")));
        request.setEncounter(contain(request, stay));
        request.setRequester(contain(request, new Organization().setName("Westshire General Hospital")));
        request.addLocationCode(new CodeableConcept(new Coding(HubCodes.LOCALITY, locality, null)));
        request.addNote().setText("Lives alone; daughter nearby");
        return request;
    }

    /** Contains the resource in the request and answers a reference to it, linked as HAPI's parser would. */
    public static Reference contain(ServiceRequest request, Resource resource) {
        resource.setId("c" + (request.getContained().size() + 1));
        request.addContained(resource);
        Reference reference = new Reference("#" + resource.getIdElement().getIdPart());
        reference.setResource(resource);
        return reference;
    }

    /**
     * The same referral as an EPR sends it in a transaction: each contained resource its own entry with a urn:uuid
     * fullUrl, every reference rewritten to it, and the ServiceRequest last (entry order carries no meaning).
     */
    public static Bundle transaction(ServiceRequest contained) {
        ServiceRequest request = contained.copy();
        Map<String, String> urls = new HashMap<>();
        request.getContained().forEach(r -> urls.put("#" + r.getIdElement().getIdPart(), "urn:uuid:"
                + UUID.randomUUID()));
        List<Resource> resources = new ArrayList<>(request.getContained());
        request.getContained().clear();
        resources.add(request);
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        for (Resource resource : resources) {
            for (Reference reference : FhirContext.forR4Cached().newTerser()
                    .getAllPopulatedChildElementsOfType(resource, Reference.class)) {
                if (urls.containsKey(reference.getReference())) {
                    reference.setReference(urls.get(reference.getReference())).setResource(null);
                }
            }
            String url = urls.get("#" + resource.getIdElement().getIdPart());
            resource.setId((String) null);
            bundle.addEntry().setFullUrl(url == null ? "urn:uuid:" + UUID.randomUUID() : url).setResource(resource)
                    .getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl(resource.fhirType());
        }
        return bundle;
    }

    public static Location ward(ServiceRequest request) {
        return (Location) ((Encounter) request.getEncounter().getResource()).getLocationFirstRep().getLocation()
                .getResource();
    }
}
