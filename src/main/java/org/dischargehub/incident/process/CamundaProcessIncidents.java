package org.dischargehub.incident.process;

import java.time.Clock;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.dischargehub.incident.ProcessIncident;
import org.dischargehub.incident.ProcessIncidents;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** Camunda 7's failed-job incidents; a retry is what Cockpit's "increment retries" does, due now. */
@Component
class CamundaProcessIncidents implements ProcessIncidents {

    static final String REFERRAL_PROCESS = "discharge-referral";

    private final RuntimeService runtime;
    private final ManagementService management;
    private final RepositoryService repository;
    private final Clock clock;

    CamundaProcessIncidents(RuntimeService runtime, ManagementService management, RepositoryService repository,
            Clock clock) {
        this.runtime = runtime;
        this.management = management;
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public List<ProcessIncident> open() {
        List<Incident> incidents = runtime.createIncidentQuery().incidentType(Incident.FAILED_JOB_HANDLER_TYPE).list();
        Set<String> instanceIds = incidents.stream().map(Incident::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> businessKeys = instanceIds.isEmpty() ? Map.of()
                : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                        .filter(instance -> instance.getBusinessKey() != null)
                        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return incidents.stream()
                .map(incident -> toIncident(incident, businessKeys.get(incident.getProcessInstanceId())))
                .sorted(Comparator.comparing(ProcessIncident::since))
                .toList();
    }

    @Override
    public ProcessIncident retry(String incidentId) {
        Incident incident = runtime.createIncidentQuery().incidentId(incidentId).singleResult();
        if (incident == null) {
            throw new NotFoundException("Incident", incidentId);
        }
        if (!Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType()) || incident.getConfiguration() == null
                || management.createJobQuery().jobId(incident.getConfiguration()).count() == 0) {
            throw new ConflictException("This incident has no failed step to retry");
        }
        ProcessIncident retried = toIncident(incident, businessKeyOf(incident.getProcessInstanceId()));
        management.setJobRetries(1).jobId(incident.getConfiguration()).dueDate(Date.from(clock.instant())).execute();
        return retried;
    }

    private String businessKeyOf(String processInstanceId) {
        ProcessInstance instance = processInstanceId == null ? null
                : runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }

    private ProcessIncident toIncident(Incident incident, String businessKey) {
        ProcessDefinition definition = repository.getProcessDefinition(incident.getProcessDefinitionId());
        String stepId = incident.getFailedActivityId() != null ? incident.getFailedActivityId()
                : incident.getActivityId();
        return new ProcessIncident(incident.getId(), nameOf(definition), businessKey,
                REFERRAL_PROCESS.equals(definition.getKey()) ? businessKey : null, stepId,
                stepName(definition.getId(), stepId), incident.getIncidentMessage(),
                incident.getIncidentTimestamp().toInstant());
    }

    private static String nameOf(ProcessDefinition definition) {
        return definition.getName() != null ? definition.getName() : definition.getKey();
    }

    private String stepName(String definitionId, String stepId) {
        if (stepId == null) {
            return "";
        }
        FlowElement element = repository.getBpmnModelInstance(definitionId).getModelElementById(stepId);
        return element == null || element.getName() == null ? stepId : element.getName();
    }
}
