package org.dischargehub.fhir;

/** A provider of operations not tied to one resource type (such as $process-message), registered at /fhir. */
public interface FhirPlainProvider {
}
