package org.dischargehub.incident;

import java.util.List;
import java.util.Objects;
import org.dischargehub.audit.AuditService;
import org.dischargehub.audit.AuditSubject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed process steps for the hub manager: seen in the hub, not only in Cockpit, and retried once fixed. An incident
 * of a referral's process names that person, so seeing and retrying it are audited like any view and change.
 */
@Service
public class IncidentService {

    static final String RECORD_TYPE = "PROCESS_INCIDENT";

    private final ProcessIncidents incidents;
    private final AuditService audit;

    IncidentService(ProcessIncidents incidents, AuditService audit) {
        this.incidents = incidents;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('MANAGER')")
    public List<ProcessIncident> open() {
        List<ProcessIncident> open = incidents.open();
        audit.viewed(RECORD_TYPE, open.stream().map(ProcessIncident::referralId).filter(Objects::nonNull).distinct()
                .map(AuditSubject::referral).toList());
        return open;
    }

    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public void retry(String incidentId) {
        ProcessIncident retried = incidents.retry(incidentId);
        if (retried.referralId() != null) {
            audit.changed("INCIDENT_RETRIED", RECORD_TYPE, AuditSubject.referral(retried.referralId()),
                    retried.step());
        }
    }
}
