package org.dischargehub.fhir;

import ca.uhn.fhir.rest.server.IResourceProvider;

/**
 * A FHIR resource type the hub serves. Every such bean is registered at /fhir; a refusal of a hub field (nhsNumber,
 * ward) is reported at the element of this resource that carried it.
 */
public interface HubResourceProvider extends IResourceProvider {

    /** The FHIRPath of the element that carried a hub field, for an OperationOutcome's issue.expression. */
    default String expressionOf(String hubField) {
        return getResourceType().getSimpleName() + "." + hubField;
    }
}
