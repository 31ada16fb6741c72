package org.dischargehub.referral.process;

import java.time.Instant;
import java.time.Period;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.task.Task;
import org.dischargehub.referral.ReferralProcess;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.shared.Pathway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The referral process on Camunda 7: process variables hold the pathway and timer settings, never entities. */
@Component
class CamundaReferralProcess implements ReferralProcess {

    static final String PROCESS_KEY = "discharge-referral";
    static final String SAFE_AND_WELL_CALL = "UserTask_SafeAndWellCall";
    private static final String BEFORE_DISCHARGE = "SubProcess_BeforeDischarge";
    /** The steps of a plan before discharge: finding capacity, waiting for an answer, waiting to discharge. */
    private static final Set<String> PLAN_STEPS = Set.of("UserTask_FindBed", "UserTask_FindHomeCare",
            "UserTask_AwaitOfferAnswer", "UserTask_AwaitDischarge");
    private static final List<String> DELAY_TIMERS = List.of("BoundaryEvent_DischargeDelayed",
            "IntermediateEvent_NewReadyDatePassed");

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final String openTaskSql;
    private final Period endingNoticeBefore;

    CamundaReferralProcess(RuntimeService runtime, TaskService tasks, ManagementService management,
            @Value("${hub.letters.ending-notice-before:P7D}") Period endingNoticeBefore) {
        this.endingNoticeBefore = endingNoticeBefore;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        // The instance is found by its business key's index alone: "ID_ = PROC_INST_ID_" (the instance's own
        // execution) has no index to tempt the planner, whereas "PARENT_ID_ is null" did, and with statistics a
        // little stale it scanned every running instance at each process step.
        this.openTaskSql = "select T.* from " + management.getTableName(TaskEntity.class) + " T join "
                + management.getTableName(ExecutionEntity.class) + " I on I.ID_ = T.PROC_INST_ID_ join "
                + management.getTableName(ProcessDefinitionEntity.class) + " D on D.ID_ = I.PROC_DEF_ID_"
                + " where I.BUSINESS_KEY_ = #{businessKey} and I.ID_ = I.PROC_INST_ID_ and D.KEY_ = #{processKey}"
                + " and T.TASK_DEF_KEY_ = #{taskKey}";
    }

    @Override
    public void start(String referralId, ProcessTimings timings) {
        runtime.startProcessInstanceByKey(PROCESS_KEY, referralId, Map.of(
                "triageEscalationAfter", timings.triageEscalationAfter(),
                "dischargeEscalationAt", Date.from(timings.dischargeEscalationAt()),
                "noBedEscalationAfter", timings.noBedEscalationAfter()));
    }

    @Override
    public void triaged(String referralId, Pathway pathway) {
        complete(referralId, "UserTask_Triage", Map.of("pathway", pathway.number()));
    }

    /**
     * The instance's plan steps are cancelled and the pathway's gateway entered again inside "Before discharge", by
     * process instance modification: the subprocess's own timers (the delayed-discharge escalation) keep running.
     */
    @Override
    public void replanned(String referralId, Pathway pathway) {
        ProcessInstance instance = running(referralId);
        ActivityInstance[] beforeDischarge = runtime.getActivityInstance(instance.getId())
                .getActivityInstances(BEFORE_DISCHARGE);
        List<String> steps = beforeDischarge.length == 0 ? List.of() : Arrays.stream(
                beforeDischarge[0].getChildActivityInstances())
                .filter(step -> PLAN_STEPS.contains(step.getActivityId())).map(ActivityInstance::getId).toList();
        if (steps.isEmpty()) {
            throw notWaiting(referralId);
        }
        runtime.setVariable(instance.getId(), "pathway", pathway.number());
        ProcessInstanceModificationBuilder modification = runtime.createProcessInstanceModification(instance.getId())
                .startBeforeActivity("Gateway_Pathway", beforeDischarge[0].getId());
        steps.forEach(modification::cancelActivityInstance);
        modification.execute();
    }

    /** A delayed-discharge timer still waiting moves to the new time; one that has fired is armed again. */
    @Override
    public void readyDateReset(String referralId, Instant dischargeEscalationAt) {
        ProcessInstance instance = running(referralId);
        runtime.setVariable(instance.getId(), "dischargeEscalationAt", Date.from(dischargeEscalationAt));
        List<Job> waiting = DELAY_TIMERS.stream().flatMap(timer -> management.createJobQuery()
                .processInstanceId(instance.getId()).activityId(timer).timers().list().stream()).toList();
        if (waiting.isEmpty()) {
            correlate(referralId, "ReadyDateReset");
        }
        waiting.forEach(job -> management.setJobDuedate(job.getId(), Date.from(dischargeEscalationAt)));
    }

    @Override
    public void capacityFound(String referralId) {
        complete(referralId, "UserTask_FindBed", Map.of());
    }

    @Override
    public void homeCareOffered(String referralId, Instant expiresAt) {
        complete(referralId, "UserTask_FindHomeCare", Map.of("offerExpiresAt", Date.from(expiresAt)));
    }

    @Override
    public void homeCareAnswered(String referralId, boolean accepted) {
        complete(referralId, "UserTask_AwaitOfferAnswer", Map.of("offerAccepted", accepted));
    }

    @Override
    public void homeCareHandedBack(String referralId) {
        correlate(referralId, "PackageHandedBack");
    }

    @Override
    public void discharged(String referralId, Instant safeAndWellCallDue, Instant fundedPeriodEndsAt,
            Instant assessmentDueAt) {
        Map<String, Object> variables = new HashMap<>();
        if (safeAndWellCallDue != null) {
            variables.put("safeAndWellDue", Date.from(safeAndWellCallDue));
        }
        if (fundedPeriodEndsAt != null) {
            variables.put("fundedPeriodEndsAt", Date.from(fundedPeriodEndsAt));
            variables.put("assessmentDueAt", Date.from(assessmentDueAt));
            variables.put("endingNoticeAt", Date.from(fundedPeriodEndsAt.atZone(HumanTime.ZONE)
                    .minus(endingNoticeBefore).toInstant()));
            variables.put("assessmentCompleted", false);
        }
        complete(referralId, "UserTask_AwaitDischarge", variables);
    }

    @Override
    public void assessmentRecorded(String referralId, boolean completed) {
        ProcessInstance instance = instance(referralId);
        if (instance == null) {
            throw new ConflictException("The referral's process has ended");
        }
        runtime.setVariable(instance.getId(), "assessmentCompleted", completed);
        if (completed) {
            tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("UserTask_AssessmentDue")
                    .list().forEach(task -> tasks.complete(task.getId()));
        }
    }

    @Override
    public void safeAndWellCallMade(String referralId) {
        complete(referralId, SAFE_AND_WELL_CALL, Map.of());
    }

    @Override
    public boolean safeAndWellCallDue(String referralId) {
        return !openTasks(referralId, SAFE_AND_WELL_CALL).isEmpty();
    }

    @Override
    public void fundingDecided(String referralId) {
        complete(referralId, "UserTask_FundingDecision", Map.of());
    }

    @Override
    public void closed(String referralId) {
        correlate(referralId, "EpisodeClosed");
    }

    @Override
    public void cancelled(String referralId) {
        correlate(referralId, "ReferralCancelled");
    }

    @Override
    public List<String> position(String referralId) {
        ProcessInstance instance = instance(referralId);
        if (instance == null) {
            return List.of();
        }
        return tasks.createTaskQuery().processInstanceId(instance.getId()).list().stream()
                .map(Task::getName)
                .sorted()
                .toList();
    }

    private void complete(String referralId, String taskKey, Map<String, Object> variables) {
        tasks.complete(openTask(referralId, taskKey).getId(), variables);
    }

    /**
     * The referral's open task with this key. A native query: one short statement, where the general task query
     * builds its SQL through dozens of conditional fragments on every call (most of a step's Java time in the load
     * benchmark's profile).
     */
    private Task openTask(String referralId, String taskKey) {
        return openTasks(referralId, taskKey).stream().findFirst().orElseThrow(() -> notWaiting(referralId));
    }

    private List<Task> openTasks(String referralId, String taskKey) {
        return tasks.createNativeTaskQuery().sql(openTaskSql)
                .parameter("businessKey", referralId)
                .parameter("processKey", PROCESS_KEY)
                .parameter("taskKey", taskKey)
                .list();
    }

    private void correlate(String referralId, String message) {
        try {
            runtime.createMessageCorrelation(message).processInstanceBusinessKey(referralId).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw notWaiting(referralId);
        }
    }

    /** Why a step found nothing to do: the process has ended, or it waits for another step. */
    private ConflictException notWaiting(String referralId) {
        return new ConflictException(instance(referralId) == null ? "The referral's process has ended"
                : "The referral's process is not waiting for this step");
    }

    private ProcessInstance running(String referralId) {
        ProcessInstance instance = instance(referralId);
        if (instance == null) {
            throw notWaiting(referralId);
        }
        return instance;
    }

    private ProcessInstance instance(String referralId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(referralId).singleResult();
    }
}
