package org.dischargehub.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.TokenClientParam;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.dischargehub.support.County;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.TestClock;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Capacity in and out: a provider posts its hours as a MeasureReport, as it would PUT them; the hub reads them. */
@HubIntegrationTest
class FhirCapacityReportsIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void a_provider_posts_its_hours_idempotently_another_providers_are_refused_and_the_search_equals_the_api() {
        Hub hub = Hub.on(port, "FMR");
        String provider = hub.homeCare();
        LocalDate tomorrow = TestClock.today().plusDays(1);
        IGenericClient rostering = Fhir.as(port, hub.homeCareUsername(), County.password());

        rostering.create().resource(report(provider, hub.locality(), tomorrow, "30")).execute();
        rostering.create().resource(report(provider, hub.locality(), tomorrow, "42.5")).execute();

        JsonNode api = hub.coordinator.get("/api/capacity/home-care?date=" + tomorrow + "&locality=" + hub.locality())
                .json();
        List<JsonNode> rows = StreamSupport.stream(api.spliterator(), false)
                .filter(r -> r.path("providerCode").asText().equals(provider)).toList();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).path("hoursPosted").decimalValue()).isEqualByComparingTo("42.5");
        List<MeasureReport> reports = Fhir.as(port, "coordinator", "coordinator").search()
                .forResource(MeasureReport.class).where(MeasureReport.DATE.exactly().day(tomorrow.toString()))
                .and(new TokenClientParam("locality").exactly().code(hub.locality())).returnBundle(Bundle.class)
                .execute().getEntry().stream().map(e -> (MeasureReport) e.getResource()).toList();
        assertThat(reports).hasSize(api.size());
        MeasureReport ours = reports.stream().filter(r -> r.getReporter().getIdentifier().getValue().equals(provider))
                .findFirst().orElseThrow();
        assertThat(hours(ours, "hours-posted")).isEqualByComparingTo("42.5");
        assertThat(hours(ours, "hours-free")).isEqualByComparingTo(rows.get(0).path("hoursFree").decimalValue());
        HealthcareService service = rostering.read().resource(HealthcareService.class)
                .withUrl(ours.getSubject().getReference()).execute();
        assertThat(service.getProvidedBy().getIdentifier().getValue()).isEqualTo(provider);
        assertThat(service.getCoverageAreaFirstRep().getIdentifier().getValue()).isEqualTo(hub.locality());

        String other = hub.county.homeCareProvider("FMR-OTHER", "20.00");
        assertThatThrownBy(() -> rostering.create().resource(report(other, hub.locality(), tomorrow, "10")).execute())
                .isInstanceOf(ForbiddenOperationException.class);
        assertThatThrownBy(() -> rostering.create().resource(report(provider, hub.locality(), tomorrow, "-1"))
                .execute()).isInstanceOf(InvalidRequestException.class);
        MeasureReport aboutAnotherProvidersService = report(provider, hub.locality(), tomorrow, "10")
                .setSubject(new Reference("HealthcareService/" + CareServices.homeCareId(other, hub.locality())));
        assertThatThrownBy(() -> rostering.create().resource(aboutAnotherProvidersService).execute())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.getOperationOutcome())
                        .extracting(o -> ((OperationOutcome) o).getIssueFirstRep().getExpression().get(0).getValue())
                        .isEqualTo("MeasureReport.subject"));
        JsonNode after = hub.coordinator.get("/api/capacity/home-care?date=" + tomorrow + "&locality="
                + hub.locality()).json();
        assertThat(after).as("refused reports change nothing").hasSize(api.size());
        assertThat(after.findValues("hoursPosted")).extracting(JsonNode::decimalValue)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(api.findValues("hoursPosted").stream().map(JsonNode::decimalValue).toList());
    }

    private static BigDecimal hours(MeasureReport report, String code) {
        return report.getGroup().stream().filter(g -> g.getCode().getCodingFirstRep().getCode().equals(code))
                .findFirst().orElseThrow().getMeasureScore().getValue();
    }

    private static MeasureReport report(String provider, String locality, LocalDate day, String hours) {
        MeasureReport report = new MeasureReport().setStatus(MeasureReport.MeasureReportStatus.COMPLETE)
                .setType(MeasureReport.MeasureReportType.SUMMARY).setMeasure(CapacityReports.MEASURE)
                .setReporter(new Reference().setIdentifier(new Identifier().setSystem(HubCodes.PROVIDER_ID)
                        .setValue(provider)))
                .setSubject(new Reference("HealthcareService/" + CareServices.homeCareId(provider, locality)))
                .setPeriod(new Period().setStartElement(new DateTimeType(day.toString()))
                        .setEndElement(new DateTimeType(day.toString())));
        report.addGroup().setCode(new CodeableConcept(new Coding(HubCodes.HOME_CARE_CAPACITY, "hours-posted", null)))
                .setMeasureScore(new Quantity().setValue(new BigDecimal(hours)).setUnit("h/wk")
                        .setSystem("http://unitsofmeasure.org").setCode("h/wk"));
        return report;
    }
}
