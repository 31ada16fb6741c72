package org.dischargehub.tools;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import java.io.File;

/**
 * Writes bpmn/discharge-referral.bpmn with a generated diagram layout. The committed BPMN file is the source of
 * truth (edit it in Camunda Modeler); this tool is for structural changes, after which the message ids are renamed
 * to Message_&lt;name&gt;. Run: java -cp "$(cat cp.txt)" ReferralProcessModel.java bpmn/discharge-referral.bpmn
 */
public class ReferralProcessModel {
    public static void main(String[] a) throws Exception {
        BpmnModelInstance m = Bpmn.createExecutableProcess("discharge-referral")
            .name("Discharge referral")
            .camundaHistoryTimeToLive(180)
            .startEvent("StartEvent_ReferralReceived").name("Referral received")
            .subProcess("SubProcess_BeforeDischarge").name("Before discharge")
              .embeddedSubProcess()
              .startEvent("StartEvent_BeforeDischarge")
              .userTask("UserTask_Triage").name("MDT triage").camundaCandidateGroups("MDT")
              .exclusiveGateway("Gateway_Pathway").name("Pathway?")
                .condition("Pathway 0", "${pathway == 0}")
                .exclusiveGateway("Gateway_CapacityFound").name("Capacity found")
                .userTask("UserTask_AwaitDischarge").name("Ready to discharge").camundaCandidateGroups("MDT,COORDINATOR")
                .endEvent("EndEvent_Discharged").name("Discharged")
              .moveToNode("Gateway_Pathway")
                .condition("Pathway 1", "${pathway == 1}")
                .userTask("UserTask_FindHomeCare").name("Find home-care capacity").camundaCandidateGroups("COORDINATOR")
                .connectTo("Gateway_CapacityFound")
              .moveToNode("Gateway_Pathway")
                .condition("Pathway 2 or 3", "${pathway >= 2}")
                .userTask("UserTask_FindBed").name("Find a bed").camundaCandidateGroups("COORDINATOR")
                .connectTo("Gateway_CapacityFound")
              .moveToActivity("UserTask_FindBed")
                .boundaryEvent("BoundaryEvent_NoBed").name("No bed fits").cancelActivity(false)
                .timerWithDuration("${noBedEscalationAfter}")
                .serviceTask("ServiceTask_EscalateNoBed").name("Escalate: no bed fits")
                  .camundaDelegateExpression("${raiseEscalation}")
                  .camundaInputParameter("escalationKind", "NO_BED")
                .endEvent("EndEvent_NoBedEscalated").name("Escalated")
              .moveToActivity("UserTask_Triage")
                .boundaryEvent("BoundaryEvent_TriageOverdue").name("Triage overdue").cancelActivity(false)
                .timerWithDuration("${triageEscalationAfter}")
                .serviceTask("ServiceTask_EscalateTriage").name("Escalate waiting triage")
                  .camundaDelegateExpression("${raiseEscalation}")
                  .camundaInputParameter("escalationKind", "TRIAGE_OVERDUE")
                .endEvent("EndEvent_TriageEscalated").name("Escalated")
              .subProcessDone()
            .exclusiveGateway("Gateway_AfterDischarge").name("Pathway?")
              .condition("Pathway 0", "${pathway == 0}")
              .userTask("UserTask_SafeAndWellCall").name("Safe and well call (optional)")
                .camundaCandidateGroups("COORDINATOR").camundaDueDate("${safeAndWellDue}")
              .endEvent("EndEvent_Closed").name("Closed")
            .moveToNode("Gateway_AfterDischarge")
              .condition("Pathway 1 to 3", "${pathway > 0}")
              .subProcess("SubProcess_FundedPeriod").name("Funded D2A period")
                .embeddedSubProcess()
                .startEvent("StartEvent_FundedPeriod")
                .userTask("UserTask_FundingDecision").name("Record funding decision").camundaCandidateGroups("COORDINATOR")
                .endEvent("EndEvent_FundingDecided").name("Funding decided")
                .subProcessDone()
              .receiveTask("ReceiveTask_AwaitClose").name("Episode continues until closed").message("EpisodeClosed")
              .endEvent("EndEvent_EpisodeClosed").name("Closed")
            .moveToActivity("SubProcess_FundedPeriod")
              .boundaryEvent("BoundaryEvent_ClosedBeforeDecision").name("Closed before a decision")
              .message("EpisodeClosed")
              .endEvent("EndEvent_ClosedBeforeDecision").name("Closed")
            .moveToActivity("UserTask_SafeAndWellCall")
              .boundaryEvent("BoundaryEvent_SafeAndWellLapsed").name("72 hours passed")
              .timerWithDuration("PT72H")
              .endEvent("EndEvent_SafeAndWellLapsed").name("Closed without a call")
            .moveToActivity("SubProcess_BeforeDischarge")
              .boundaryEvent("BoundaryEvent_DischargeDelayed").name("Past ready date").cancelActivity(false)
              .timerWithDate("${dischargeEscalationAt}")
              .serviceTask("ServiceTask_EscalateDelay").name("Escalate delayed discharge")
                .camundaDelegateExpression("${raiseEscalation}")
                .camundaInputParameter("escalationKind", "DISCHARGE_DELAYED")
              .endEvent("EndEvent_DelayEscalated").name("Escalated")
            .moveToActivity("SubProcess_BeforeDischarge")
              .boundaryEvent("BoundaryEvent_Cancelled").name("Referral cancelled")
              .message("ReferralCancelled")
              .endEvent("EndEvent_Cancelled").name("Cancelled")
            .done();
        Bpmn.validateModel(m);
        Bpmn.writeModelToFile(new File(a[0]), m);
    }
}
