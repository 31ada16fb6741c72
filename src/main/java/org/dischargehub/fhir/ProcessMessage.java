package org.dischargehub.fhir;

import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.stereotype.Component;

/**
 * BaRS's door, {@code POST /fhir/$process-message}, answered honestly: BaRS has no use case for a discharge from an
 * acute ward to community care, so the hub takes none of its messages yet. A message is refused with a 422 that says
 * so and where to send the referral instead; anything that is not a message Bundle is a 400. Never a 500.
 */
@Component
class ProcessMessage implements FhirPlainProvider {

    static final String BARS_EVENTS = "https://fhir.nhs.uk/CodeSystem/message-events-bars";

    @Operation(name = "$process-message")
    public Bundle process(@OperationParam(name = "content") Bundle content) {
        if (content == null || content.getType() != Bundle.BundleType.MESSAGE || content.getEntry().isEmpty()
                || !(content.getEntryFirstRep().getResource() instanceof MessageHeader header)) {
            throw new InvalidRequestException("A message is a Bundle of type message whose first entry is its "
                    + "MessageHeader");
        }
        String event = header.hasEventCoding() ? describe(header.getEventCoding()) : "an event not coded";
        String message = "Use case not supported: the hub takes no BaRS message yet (" + event + "). Send a discharge "
                + "referral as a ServiceRequest to /fhir/ServiceRequest";
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(IssueType.NOTSUPPORTED).setDiagnostics(message)
                .addExpression("Bundle.entry[0].resource.ofType(MessageHeader).event");
        throw new UnprocessableEntityException(message, outcome);
    }

    private static String describe(Coding event) {
        return (BARS_EVENTS.equals(event.getSystem()) ? "BaRS " : event.getSystem() + " ") + event.getCode();
    }
}
