package org.dischargehub.incident;

import java.util.List;

/** The port to the engine's incidents: the open ones, and a retry of the failed step once its cause is fixed. */
public interface ProcessIncidents {

    List<ProcessIncident> open();

    /**
     * Gives the failed step one more attempt, due now; the job executor runs it. The incident is resolved at once and
     * comes back, with a new id, if the step fails again. Returns the incident as it was before the retry.
     */
    ProcessIncident retry(String incidentId);
}
