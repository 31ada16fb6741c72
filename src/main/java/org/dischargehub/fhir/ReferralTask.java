package org.dischargehub.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.function.Function;
import org.dischargehub.referral.Allocation;
import org.dischargehub.referral.CloseOutcome;
import org.dischargehub.referral.Referral;
import org.dischargehub.referral.ReferralEvent;
import org.dischargehub.referral.ReferralRecord;
import org.dischargehub.referral.ReferralStatus;
import org.dischargehub.referral.Requirement;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.hl7.fhir.r4.model.Type;

/**
 * A referral as the hospital's Task (fhir/design.md, section 3, "Status back"): plain R4, since UKCore-Task is only a
 * draft. The hub's exact status is always the businessStatus; the outputs grow as the referral moves on. A funding
 * decision is not an output: who pays for the person's care after the funded period (and whether they pay for it
 * themselves) is the council's and the person's business, not the referring hospital's, whose part ended at
 * discharge; the hospital sees only that a decision was made (businessStatus FUNDING_DECIDED).
 */
final class ReferralTask {

    static final String HUB = "Discharge Hub";
    private static final String UCUM = "http://unitsofmeasure.org";

    private ReferralTask() {
    }

    /** The hub status a Task shows as its FHIR status. */
    static TaskStatus statusOf(ReferralStatus status) {
        return switch (status) {
            case AWAITING_TRIAGE -> TaskStatus.RECEIVED;
            case AWAITING_CAPACITY, OFFERED -> TaskStatus.ACCEPTED;
            case READY_TO_DISCHARGE, IN_D2A, FUNDING_DECIDED -> TaskStatus.INPROGRESS;
            case CLOSED -> TaskStatus.COMPLETED;
            case CANCELLED -> TaskStatus.CANCELLED;
        };
    }

    /** When the referral last changed: its latest timeline event. */
    static Instant lastChanged(ReferralRecord record) {
        return record.history().stream().map(ReferralEvent::at).max(Comparator.naturalOrder())
                .orElse(record.referral().createdAt());
    }

    /** The Task of the referral; {@code providerName} names a home-care provider by its code. */
    static Task of(ReferralRecord record, Function<String, String> providerName) {
        Referral referral = record.referral();
        String serviceRequest = "ServiceRequest/" + referral.id();
        Date changed = Date.from(lastChanged(record));
        Task task = new Task();
        task.setId(referral.id());
        task.getMeta().setLastUpdated(changed);
        task.setStatus(statusOf(referral.status()));
        if (referral.status() == ReferralStatus.CANCELLED) {
            task.setStatusReason(new CodeableConcept().setText(referral.cancelReason()));
        }
        task.setBusinessStatus(new CodeableConcept(new Coding(HubCodes.REFERRAL_STATUS, referral.status().name(),
                referral.status().label())));
        task.setIntent(Task.TaskIntent.ORDER);
        task.setCode(new CodeableConcept(new Coding("http://hl7.org/fhir/CodeSystem/task-code", "fulfill",
                "Fulfill the focal request")));
        task.setFocus(new Reference(serviceRequest));
        task.addBasedOn(new Reference(serviceRequest));
        task.setFor(new Reference().setType("Patient").setDisplay(referral.fullName())
                .setIdentifier(new Identifier().setSystem(HubCodes.NHS_NUMBER)
                        .setValue(referral.patient().nhsNumber())));
        task.setOwner(new Reference().setType("Organization").setDisplay(HUB));
        task.setAuthoredOnElement(new DateTimeType(Date.from(referral.createdAt()), TemporalPrecisionEnum.MILLI));
        task.setLastModifiedElement(new DateTimeType(changed, TemporalPrecisionEnum.MILLI));
        addOutputs(task, record, providerName);
        return task;
    }

    private static void addOutputs(Task task, ReferralRecord record, Function<String, String> providerName) {
        Referral referral = record.referral();
        if (referral.pathway() != null) {
            output(task, TaskOutputs.PATHWAY, coded(HubCodes.PATHWAY, String.valueOf(referral.pathway().number()),
                    "Pathway " + referral.pathway().number() + ": " + referral.pathway().need()));
        }
        Requirement need = referral.requirement();
        if (need != null && need.bedType() != null) {
            output(task, TaskOutputs.BED_TYPE, coded(HubCodes.BED_TYPE, need.bedType().name(),
                    need.bedType().label()));
        }
        if (need != null && need.hoursPerWeek() != null) {
            output(task, TaskOutputs.HOURS_PER_WEEK, new Quantity().setValue(need.hoursPerWeek()).setUnit("h/wk")
                    .setSystem(UCUM).setCode("h/wk"));
        }
        Allocation held = referral.allocation();
        LocalDate start = held != null && held.startDate() != null ? held.startDate()
                : need == null ? null : need.startDate();
        if (held != null && held.bedCode() != null) {
            output(task, TaskOutputs.ALLOCATED_BED, BedLocations.Place.BED.reference(held.bedCode(),
                    "Bed " + held.bedCode()).setType("Location"));
        }
        if (held != null && held.providerCode() != null) {
            output(task, TaskOutputs.ALLOCATED_SERVICE, new Reference("HealthcareService/"
                    + CareServices.homeCareId(held.providerCode(), record.localityCode())).setType("HealthcareService")
                    .setDisplay(providerName.apply(held.providerCode())).setIdentifier(new Identifier()
                            .setSystem(HubCodes.PROVIDER_ID).setValue(held.providerCode())));
        }
        if (start != null) {
            output(task, TaskOutputs.START_DATE, date(start));
        }
        if (referral.dischargedOn() != null) {
            output(task, TaskOutputs.DISCHARGED_ON, date(referral.dischargedOn()));
        }
        if (record.fundedPeriodEnd() != null && referral.pathway().funded()) {
            output(task, TaskOutputs.FUNDED_PERIOD, new Period()
                    .setStartElement(new DateTimeType(referral.dischargedOn().toString()))
                    .setEndElement(new DateTimeType(record.fundedPeriodEnd().toString())));
        }
        if (referral.status() == ReferralStatus.CLOSED && referral.afterDischarge().closeOutcome() != null) {
            CloseOutcome outcome = referral.afterDischarge().closeOutcome();
            output(task, TaskOutputs.CLOSE_OUTCOME, coded(HubCodes.CLOSE_OUTCOME, outcome.name(), outcome.label()));
        }
    }

    private static void output(Task task, String code, Type value) {
        task.addOutput().setType(coded(HubCodes.TASK_OUTPUT, code, TaskOutputs.CODES.get(code))).setValue(value);
    }

    private static CodeableConcept coded(String system, String code, String display) {
        return new CodeableConcept(new Coding(system, code, display));
    }

    private static DateType date(LocalDate day) {
        return new DateType(day.toString());
    }
}
