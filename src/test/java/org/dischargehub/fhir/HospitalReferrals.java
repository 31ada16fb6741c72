package org.dischargehub.fhir;

import java.time.Instant;
import java.util.Date;
import org.dischargehub.support.TestClock;
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

    public static Location ward(ServiceRequest request) {
        return (Location) ((Encounter) request.getEncounter().getResource()).getLocationFirstRep().getLocation()
                .getResource();
    }
}
