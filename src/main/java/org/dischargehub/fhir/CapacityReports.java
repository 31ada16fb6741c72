package org.dischargehub.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.Locality;
import org.dischargehub.homecare.CapacityRow;
import org.dischargehub.homecare.HomeCareCapacityService;
import org.dischargehub.homecare.HomeCareCommands.CapacityPosting;
import org.dischargehub.shared.InvalidInputException;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * Home-care capacity out and in as MeasureReports, the SANER pattern (fhir/design.md, "Home-care capacity"): one
 * summary report per provider, locality and day, the hours posted in group hours-posted and the hours booked, offered
 * and free as read-only groups. A provider's rostering system POSTs its hours as PUT
 * /api/providers/{code}/capacity/{date} does, through the same service: idempotent per provider, day and locality, and
 * only for its own provider. The report's subject is the provider's home-care service in the locality (a
 * HealthcareService, see {@link CareServices}); its reporter the provider, by provider code.
 */
@Component
class CapacityReports implements HubResourceProvider {

    static final String MEASURE = HubCodes.BASE + "/Measure/home-care-capacity";
    static final String HOURS_POSTED = "hours-posted";
    private static final Map<String, String> EXPRESSIONS = Map.of(
            "locality", "MeasureReport.subject",
            "hoursPerWeek", "MeasureReport.group.where(code.coding.code='hours-posted').measureScore.value",
            "date", "MeasureReport.period.start",
            "providerCode", "MeasureReport.reporter.identifier");

    private final HomeCareCapacityService homeCare;
    private final DirectoryService directory;

    CapacityReports(HomeCareCapacityService homeCare, DirectoryService directory) {
        this.homeCare = homeCare;
        this.directory = directory;
    }

    @Override
    public Class<MeasureReport> getResourceType() {
        return MeasureReport.class;
    }

    @Override
    public String expressionOf(String hubField) {
        return EXPRESSIONS.getOrDefault(hubField, "MeasureReport");
    }

    /** Every provider's capacity on a day (today when not given: {@code date=2026-12-04}), in one locality or all. */
    @Search
    public List<MeasureReport> search(@OptionalParam(name = MeasureReport.SP_DATE) DateParam date,
            @OptionalParam(name = "locality") TokenParam locality) {
        LocalDate day = date == null ? homeCare.today() : day(date.getPrecision(),
                date.getValueAsString(), "date");
        return homeCare.capacity(day, locality == null ? null : locality.getValue()).stream()
                .map(CapacityReports::report).toList();
    }

    @Create
    public MethodOutcome post(@ResourceParam MeasureReport report) {
        String provider = identifier(report.getReporter(), HubCodes.PROVIDER_ID, "providerCode");
        String locality = locality(provider, report.getSubject());
        DateTimeType start = report.getPeriod().getStartElement();
        LocalDate day = start.hasValue() ? day(start.getPrecision(), start.getValueAsString(), "date") : null;
        if (day == null) {
            throw InvalidInputException.of("date", "the day the hours start is the report's period.start");
        }
        BigDecimal hours = report.getGroup().stream().filter(g -> g.getCode().getCoding().stream()
                        .anyMatch(c -> HOURS_POSTED.equals(c.getCode())))
                .map(g -> g.getMeasureScore().getValue()).findFirst().orElse(null);
        MeasureReport posted = report(homeCare.postCapacity(provider, day, new CapacityPosting(locality, hours)));
        return new MethodOutcome(new IdType("MeasureReport", posted.getIdElement().getIdPart())).setResource(posted);
    }

    static MeasureReport report(CapacityRow row) {
        MeasureReport report = new MeasureReport();
        report.setId(FhirIds.of("capacity", row.providerCode() + "." + row.locality() + "." + row.date()));
        report.setStatus(MeasureReport.MeasureReportStatus.COMPLETE);
        report.setType(MeasureReport.MeasureReportType.SUMMARY);
        report.setMeasure(MEASURE);
        report.setSubject(new Reference("HealthcareService/" + CareServices.homeCareId(row.providerCode(),
                row.locality())).setDisplay("Home care by " + row.providerName() + " in " + row.locality()));
        report.setReporter(new Reference().setIdentifier(new Identifier().setSystem(HubCodes.PROVIDER_ID)
                .setValue(row.providerCode())).setDisplay(row.providerName()));
        DateTimeType day = new DateTimeType(row.date().toString());
        report.setPeriod(new Period().setStartElement(day).setEndElement(day.copy()));
        if (row.updatedAt() != null) {
            report.setDate(Date.from(row.updatedAt()));
        }
        group(report, HOURS_POSTED, row.hoursPosted());
        group(report, "hours-booked", row.hoursBooked());
        group(report, "hours-offered", row.hoursOffered());
        group(report, "hours-free", row.hoursFree());
        return report;
    }

    private static void group(MeasureReport report, String code, BigDecimal hours) {
        MeasureReportGroupComponent group = report.addGroup();
        group.setCode(new CodeableConcept(new Coding(HubCodes.HOME_CARE_CAPACITY, code, null)));
        group.setMeasureScore(new Quantity().setValue(hours).setUnit("h/wk").setSystem("http://unitsofmeasure.org")
                .setCode("h/wk"));
    }

    /** The locality of the provider's home-care service that the report is about, by that service's id. */
    private String locality(String provider, Reference subject) {
        String service = subject.getReferenceElement().getIdPart();
        return directory.localities().stream().map(Locality::code)
                .filter(code -> CareServices.homeCareId(provider, code).equals(service)
                        && "HealthcareService".equals(subject.getReferenceElement().getResourceType()))
                .findFirst().orElseThrow(() -> InvalidInputException.of("locality", "the subject is the "
                        + "reporting provider's home-care service in a locality: HealthcareService/"
                        + CareServices.homeCareId(provider, "{locality code}")));
    }

    private static String identifier(Reference reference, String system, String field) {
        Identifier identifier = reference.getIdentifier();
        if (!system.equals(identifier.getSystem()) || !identifier.hasValue()) {
            throw InvalidInputException.of(field, "give it as an identifier in " + system);
        }
        return identifier.getValue();
    }

    /** A whole day, as written; a time or a month alone is refused. */
    private static LocalDate day(TemporalPrecisionEnum precision, String written, String field) {
        if (precision != TemporalPrecisionEnum.DAY) {
            throw new InvalidRequestException(field + ": a day like 2026-12-04, not " + written);
        }
        return LocalDate.parse(written);
    }
}
