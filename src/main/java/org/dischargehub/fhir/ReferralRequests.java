package org.dischargehub.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.dischargehub.referral.HospitalStay;
import org.dischargehub.referral.Patient;
import org.dischargehub.referral.Referral;
import org.dischargehub.referral.ReferralCommands.NewReferral;
import org.dischargehub.referral.ReferralRecord;
import org.dischargehub.referral.ReferralStatus;
import org.dischargehub.referral.SenderReference;
import org.dischargehub.shared.InvalidInputException;
import org.dischargehub.shared.Violations;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;

/**
 * A discharge referral as a UK Core ServiceRequest, both ways (fhir/design.md, section 3). The person, the ward's
 * encounter and location, the hospital and an infection flag travel as contained resources. Reading takes what was
 * written or refuses it at its element: two NHS numbers, a birth date without a day or a ready time without a clock
 * time are refused, never guessed at; what the hub's own rules check (the check digit, plausible dates, the
 * locality) is left to them.
 */
final class ReferralRequests {

    static final String PROFILE = HubCodes.BASE + "/StructureDefinition/discharge-referral";
    static final String UK_CORE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-";
    /** SNOMED CT 3457005 |Patient referral| and 892601000000108 |Intermediate care service|. */
    static final Coding REFERRAL = new Coding(HubCodes.SNOMED, "3457005", "Patient referral");
    static final Coding INTERMEDIATE_CARE = new Coding(HubCodes.SNOMED, "892601000000108", "Intermediate care service");

    /** Where each field of a referral travels in a ServiceRequest, for a refusal's issue.expression. */
    static final Map<String, String> EXPRESSIONS = Map.ofEntries(
            Map.entry("nhsNumber", "ServiceRequest.subject.resolve().identifier.where(system='" + HubCodes.NHS_NUMBER
                    + "')"),
            Map.entry("givenName", "ServiceRequest.subject.resolve().name.given"),
            Map.entry("familyName", "ServiceRequest.subject.resolve().name.family"),
            Map.entry("dateOfBirth", "ServiceRequest.subject.resolve().birthDate"),
            Map.entry("locality", "ServiceRequest.locationCode"),
            Map.entry("hospital", "ServiceRequest.requester.resolve().name"),
            Map.entry("ward", "ServiceRequest.encounter.resolve().location.location.resolve().name"),
            Map.entry("readyToLeaveAt", "ServiceRequest.occurrence.ofType(Period).start"),
            Map.entry("infectionPositive", "ServiceRequest.supportingInfo"),
            Map.entry("notes", "ServiceRequest.note.text"),
            Map.entry("identifier.system", "ServiceRequest.identifier.system"),
            Map.entry("identifier.value", "ServiceRequest.identifier.value"),
            Map.entry("status", "ServiceRequest.status"),
            Map.entry("intent", "ServiceRequest.intent"));

    private ReferralRequests() {
    }

    /** The hospital's identifier for the request, or nothing when it sent none. */
    static Optional<SenderReference> sender(ServiceRequest request) {
        if (request.getIdentifier().size() > 1) {
            throw InvalidInputException.of("identifier.value", "send one identifier for the referral, not "
                    + request.getIdentifier().size());
        }
        return request.getIdentifier().stream().findFirst()
                .map(identifier -> new SenderReference(identifier.getSystem(), identifier.getValue()));
    }

    /** The referral the request asks for, as the hub's services take it; refused at the element where unreadable. */
    static NewReferral referral(ServiceRequest request) {
        Violations violations = new Violations()
                .check(request.getStatus() != ServiceRequestStatus.ACTIVE, "status",
                        "a new referral is active, not " + request.getStatus())
                .check(request.getIntent() != ServiceRequestIntent.ORDER
                        && request.getIntent() != ServiceRequestIntent.PLAN,
                        "intent", "a referral's intent is order (or plan, from a BaRS sender)");
        org.hl7.fhir.r4.model.Patient patient = resolved(request.getSubject(), org.hl7.fhir.r4.model.Patient.class);
        List<Identifier> nhsNumbers = patient == null ? List.of() : patient.getIdentifier().stream()
                .filter(i -> HubCodes.NHS_NUMBER.equals(i.getSystem())).toList();
        violations.check(nhsNumbers.size() > 1, "nhsNumber", "a person has one NHS number, not " + nhsNumbers.size());
        HumanName name = patient == null ? null : patient.getName().stream()
                .filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL).findFirst()
                .orElse(patient.getName().isEmpty() ? null : patient.getNameFirstRep());
        violations.check(patient != null && patient.hasBirthDate()
                && patient.getBirthDateElement().getPrecision() != TemporalPrecisionEnum.DAY, "dateOfBirth",
                "give the whole date of birth (year, month and day)");
        DateTimeType ready = request.hasOccurrencePeriod() ? request.getOccurrencePeriod().getStartElement() : null;
        violations.check(ready != null && ready.hasValue() && ready.getPrecision().ordinal()
                < TemporalPrecisionEnum.MINUTE.ordinal(), "readyToLeaveAt",
                "give the time the person is ready to leave, with its time zone, not only the day");
        violations.throwIfAny();
        Organization hospital = resolved(request.getRequester(), Organization.class);
        Encounter stay = resolved(request.getEncounter(), Encounter.class);
        Location ward = stay == null || !stay.hasLocation() ? null
                : resolved(stay.getLocationFirstRep().getLocation(), Location.class);
        return new NewReferral(nhsNumbers.isEmpty() ? null : nhsNumbers.get(0).getValue(),
                name == null || !name.hasGiven() ? null : name.getGiven().get(0).getValue(),
                name == null ? null : name.getFamily(),
                patient == null || !patient.hasBirthDate() ? null : LocalDate.parse(patient.getBirthDateElement()
                        .getValueAsString()),
                locality(request), hospital == null ? null : hospital.getName(), ward == null ? null : ward.getName(),
                ready == null || !ready.hasValue() ? null : ready.getValue().toInstant(), infectionPositive(request),
                request.hasNote() ? request.getNoteFirstRep().getText() : null);
    }

    /** The referral as the hospital may read it back: what it sent, and whether it is still active. */
    static ServiceRequest of(ReferralRecord record) {
        Referral referral = record.referral();
        HospitalStay stay = referral.stay();
        ServiceRequest request = new ServiceRequest();
        request.setId(referral.id());
        request.getMeta().addProfile(UK_CORE + "ServiceRequest").addProfile(PROFILE);
        Identifier identifier = referral.sender()
                .map(s -> new Identifier().setSystem(s.senderSystem()).setValue(s.senderReference()))
                .orElse(new Identifier().setSystem(HubCodes.BASE + "/Id/referral").setValue(referral.id()));
        request.addIdentifier(identifier);
        request.setStatus(status(referral.status()));
        request.setIntent(ServiceRequestIntent.ORDER);
        request.setCode(new CodeableConcept(REFERRAL));
        request.setPerformerType(new CodeableConcept(INTERMEDIATE_CARE));
        request.setSubject(contain(request, patient(referral.patient())));
        Location ward = new Location().setName(stay.ward());
        ward.getPhysicalType().addCoding(new Coding(HubCodes.LOCATION_PHYSICAL_TYPE, "wa", "Ward"));
        Encounter encounter = new Encounter().setStatus(Encounter.EncounterStatus.INPROGRESS)
                .setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "IMP",
                        "inpatient encounter"));
        encounter.addLocation().setLocation(contain(request, ward));
        encounter.setSubject(request.getSubject());
        request.setEncounter(contain(request, encounter));
        request.setRequester(contain(request, new Organization().setName(stay.hospital())));
        request.setAuthoredOn(Date.from(referral.createdAt()));
        request.setOccurrence(new Period().setStartElement(new DateTimeType(Date.from(stay.readyToLeaveAt()),
                TemporalPrecisionEnum.SECOND, TimeZone.getTimeZone("Europe/London"))));
        request.addLocationCode(new CodeableConcept(new Coding(HubCodes.LOCALITY, record.localityCode(), null)));
        if (stay.infectionPositive()) {
            Flag flag = new Flag().setStatus(Flag.FlagStatus.ACTIVE).setSubject(request.getSubject())
                    .setCode(new CodeableConcept(new Coding(HubCodes.INFECTION_STATUS, "positive",
                            "Infection-positive")));
            flag.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/flag-category",
                    "clinical", "Clinical")));
            request.addSupportingInfo(contain(request, flag));
        }
        if (stay.notes() != null && !stay.notes().isBlank()) {
            request.addNote(new Annotation().setText(stay.notes()));
        }
        return request;
    }

    private static ServiceRequestStatus status(ReferralStatus status) {
        return switch (status) {
            case CANCELLED -> ServiceRequestStatus.REVOKED;
            case CLOSED -> ServiceRequestStatus.COMPLETED;
            default -> ServiceRequestStatus.ACTIVE;
        };
    }

    private static org.hl7.fhir.r4.model.Patient patient(Patient person) {
        org.hl7.fhir.r4.model.Patient patient = new org.hl7.fhir.r4.model.Patient();
        patient.getMeta().addProfile(UK_CORE + "Patient");
        patient.addIdentifier().setSystem(HubCodes.NHS_NUMBER).setValue(person.nhsNumber());
        patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(person.familyName())
                .addGiven(person.givenName());
        patient.setBirthDateElement(new DateType(person.dateOfBirth().toString()));
        return patient;
    }

    private static Reference contain(ServiceRequest request, Resource resource) {
        String id = "c" + (request.getContained().size() + 1);
        resource.setId(id);
        request.addContained(resource);
        return new Reference("#" + id);
    }

    private static String locality(ServiceRequest request) {
        return request.getLocationCode().stream().flatMap(c -> c.getCoding().stream())
                .filter(c -> HubCodes.LOCALITY.equals(c.getSystem())).map(Coding::getCode).findFirst().orElse(null);
    }

    /** True when an active Flag among the supporting information says infection-positive; no flag means false. */
    private static boolean infectionPositive(ServiceRequest request) {
        return request.getSupportingInfo().stream().map(r -> resolved(r, Flag.class))
                .filter(f -> f != null && f.getStatus() != Flag.FlagStatus.INACTIVE)
                .flatMap(f -> f.getCode().getCoding().stream())
                .anyMatch(c -> HubCodes.INFECTION_STATUS.equals(c.getSystem()) && "positive".equals(c.getCode()));
    }

    /** The resource a reference points to, when it is contained (the parser links "#id" references) or inline. */
    private static <T extends IBaseResource> T resolved(Reference reference, Class<T> type) {
        IBaseResource target = reference == null ? null : reference.getResource();
        return type.isInstance(target) ? type.cast(target) : null;
    }
}
