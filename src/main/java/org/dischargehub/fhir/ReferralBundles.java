package org.dischargehub.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dischargehub.shared.InvalidInputException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.springframework.stereotype.Component;

/**
 * Referral in as a transaction Bundle ({@code POST /fhir}): one ServiceRequest with its Patient, Encounter, ward
 * Location, requesting Organization and Flag as entries of their own, referenced by fullUrl (urn:uuid or absolute) as
 * an EPR writes them. The entries are linked to the request and it is received exactly as a ServiceRequest with
 * contained resources is, through the same provider (If-None-Exist included), so the rules and the answer are the
 * same. The hub keeps the person, ward and hospital with the referral, not as resources of their own: the answer
 * says so for each of their entries. An entry that the request does not reach, another verb or a second
 * ServiceRequest is refused with a 400, so nothing sent is silently dropped.
 */
@Component
class ReferralBundles implements FhirPlainProvider {

    private final ServiceRequestProvider serviceRequests;
    private final FhirContext fhir;

    ReferralBundles(ServiceRequestProvider serviceRequests, FhirContext fhir) {
        this.serviceRequests = serviceRequests;
        this.fhir = fhir;
    }

    @Transaction
    public Bundle transaction(@TransactionParam Bundle bundle) {
        if (bundle.getType() != Bundle.BundleType.TRANSACTION) {
            throw new InvalidRequestException("The hub takes a Bundle of type transaction at /fhir, not "
                    + bundle.getType());
        }
        List<BundleEntryComponent> entries = bundle.getEntry();
        int referral = referralEntry(entries);
        Set<Resource> reached = link(entries, entries.get(referral).getResource(), new HashSet<>());
        for (int i = 0; i < entries.size(); i++) {
            BundleEntryComponent entry = entries.get(i);
            if (i != referral && !reached.contains(entry.getResource())) {
                throw refused(i, "the ServiceRequest does not reference this entry; a transaction carries one "
                        + "referral and what it references");
            }
            if (entry.getRequest().getMethod() != HTTPVerb.POST) {
                throw refused(i, "each entry is created (request.method POST), not " + entry.getRequest().getMethod());
            }
        }
        BundleEntryComponent request = entries.get(referral);
        MethodOutcome outcome;
        try {
            String ifNoneExist = request.getRequest().getIfNoneExist();
            outcome = serviceRequests.create((ServiceRequest) request.getResource(),
                    ifNoneExist == null || ifNoneExist.isBlank() ? null : ifNoneExist);
        } catch (InvalidInputException invalid) {
            String at = "Bundle.entry[" + referral + "].resource.ofType(ServiceRequest)";
            throw FhirOutcomes.invalid(invalid.errors(),
                    field -> at + serviceRequests.expressionOf(field).substring("ServiceRequest".length()));
        }
        return answer(entries, referral, outcome);
    }

    /** The index of the one ServiceRequest entry. */
    private static int referralEntry(List<BundleEntryComponent> entries) {
        int found = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).getResource() instanceof ServiceRequest) {
                if (found >= 0) {
                    throw refused(i, "a transaction carries one referral (ServiceRequest), not two");
                }
                found = i;
            } else if (entries.get(i).getResource() == null) {
                throw refused(i, "each entry carries a resource");
            }
        }
        if (found < 0) {
            throw new InvalidRequestException("A referral transaction carries a ServiceRequest");
        }
        return found;
    }

    /**
     * Links every reference of the resource that names another entry (by its fullUrl, or Type/id of its resource) to
     * that entry's resource, as the parser links a contained one, and goes on from there; answers what was reached.
     */
    private Set<Resource> link(List<BundleEntryComponent> entries, Resource from, Set<Resource> reached) {
        Map<String, Resource> byAddress = new HashMap<>();
        for (BundleEntryComponent entry : entries) {
            if (entry.hasFullUrl()) {
                byAddress.put(entry.getFullUrl(), entry.getResource());
            }
            if (entry.getResource().hasIdElement() && entry.getResource().getIdElement().hasIdPart()) {
                byAddress.put(entry.getResource().fhirType() + "/" + entry.getResource().getIdElement().getIdPart(),
                        entry.getResource());
            }
        }
        List<Resource> next = new ArrayList<>(List.of(from));
        while (!next.isEmpty()) {
            Resource resource = next.remove(next.size() - 1);
            for (Reference reference : fhir.newTerser().getAllPopulatedChildElementsOfType(resource,
                    Reference.class)) {
                Resource target = byAddress.get(reference.getReference());
                if (target != null) {
                    reference.setResource(target);
                    if (reached.add(target)) {
                        next.add(target);
                    }
                }
            }
        }
        return reached;
    }

    private static Bundle answer(List<BundleEntryComponent> entries, int referral, MethodOutcome outcome) {
        Bundle answer = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
        String location = "ServiceRequest/" + outcome.getId().getIdPart();
        for (int i = 0; i < entries.size(); i++) {
            BundleEntryComponent entry = answer.addEntry();
            if (i == referral) {
                entry.setResource((Resource) outcome.getResource());
                entry.getResponse().setStatus(Boolean.TRUE.equals(outcome.getCreated()) ? "201 Created" : "200 OK")
                        .setLocation(location);
            } else {
                OperationOutcome kept = new OperationOutcome();
                kept.addIssue().setSeverity(IssueSeverity.INFORMATION).setCode(IssueType.INFORMATIONAL)
                        .setDiagnostics("Kept with the referral " + location + ", not as a "
                                + entries.get(i).getResource().fhirType() + " of its own");
                entry.getResponse().setStatus("200 OK").setOutcome(kept);
            }
        }
        return answer;
    }

    private static InvalidRequestException refused(int index, String message) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(IssueType.INVALID).setDiagnostics(message)
                .addExpression("Bundle.entry[" + index + "]");
        return new InvalidRequestException("Bundle.entry[" + index + "]: " + message, outcome);
    }
}
