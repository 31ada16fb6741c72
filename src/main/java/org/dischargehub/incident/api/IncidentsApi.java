package org.dischargehub.incident.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import org.dischargehub.incident.IncidentService;
import org.dischargehub.incident.ProcessIncident;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Failed process steps (MANAGER): the open incidents, and a retry once the cause is fixed. */
@RestController
@RequestMapping("/api/incidents")
class IncidentsApi {

    private final IncidentService incidents;

    IncidentsApi(IncidentService incidents) {
        this.incidents = incidents;
    }

    @GetMapping
    @Operation(summary = "Open incidents: process steps that failed on every retry, oldest first")
    List<ProcessIncident> open() {
        return incidents.open();
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "Retry the failed step now (202); 404 when the incident is no longer open")
    @ApiResponse(responseCode = "202", description = "The step is being retried")
    ResponseEntity<Void> retry(@PathVariable String id) {
        incidents.retry(id);
        return ResponseEntity.accepted().build();
    }
}
