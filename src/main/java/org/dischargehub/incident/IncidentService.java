package org.dischargehub.incident;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Failed process steps for the hub manager: seen in the hub, not only in Cockpit, and retried once fixed. */
@Service
public class IncidentService {

    private final ProcessIncidents incidents;

    IncidentService(ProcessIncidents incidents) {
        this.incidents = incidents;
    }

    @PreAuthorize("hasRole('MANAGER')")
    public List<ProcessIncident> open() {
        return incidents.open();
    }

    @PreAuthorize("hasRole('MANAGER')")
    public void retry(String incidentId) {
        incidents.retry(incidentId);
    }
}
