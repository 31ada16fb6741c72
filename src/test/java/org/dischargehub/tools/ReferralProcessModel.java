package org.dischargehub.tools;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import java.io.File;

/**
 * Writes bpmn/discharge-referral.bpmn with a generated diagram layout. This generator is the source of the process:
 * change it, regenerate, commit both; never edit the XML by hand. Run from the project root:
 * <pre>
 * mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp "$(cat cp.txt)" src/test/java/org/dischargehub/tools/ReferralProcessModel.java bpmn/discharge-referral.bpmn
 * </pre>
 */
public class ReferralProcessModel {

    /**
     * A timer whose step fails (a delegate throws, the database refuses) is tried three times, five minutes apart, all
     * in the timer's own rolled-back transaction; then it becomes an incident in the manager's "Process incidents".
     */
    static final String RETRY = "R3/PT5M";

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
                .exclusiveGateway("Gateway_FindHomeCare").name("Find home care")
                .userTask("UserTask_FindHomeCare").name("Find home-care capacity").camundaCandidateGroups("COORDINATOR")
                .userTask("UserTask_AwaitOfferAnswer").name("Offer awaiting the provider's answer")
                  .camundaCandidateGroups("PROVIDER")
                .exclusiveGateway("Gateway_OfferAnswer").name("Offer accepted?")
                  .condition("Accepted", "${offerAccepted}")
                  .connectTo("Gateway_CapacityFound")
              .moveToNode("Gateway_OfferAnswer")
                .condition("Declined", "${!offerAccepted}")
                .connectTo("Gateway_FindHomeCare")
              .moveToActivity("UserTask_AwaitOfferAnswer")
                .boundaryEvent("BoundaryEvent_OfferExpired").name("No answer in time")
                .timerWithDate("${offerExpiresAt}").camundaFailedJobRetryTimeCycle(RETRY)
                .serviceTask("ServiceTask_ExpireOffer").name("Expire the offer")
                  .camundaDelegateExpression("${expireOffer}")
                .connectTo("Gateway_FindHomeCare")
              .moveToActivity("UserTask_AwaitDischarge")
                .boundaryEvent("BoundaryEvent_PackageHandedBack").name("Home-care package handed back")
                .message("PackageHandedBack")
                .connectTo("Gateway_FindHomeCare")
              .moveToNode("Gateway_Pathway")
                .condition("Pathway 2 or 3", "${pathway >= 2}")
                .userTask("UserTask_FindBed").name("Find a bed").camundaCandidateGroups("COORDINATOR")
                .connectTo("Gateway_CapacityFound")
              .moveToActivity("UserTask_FindBed")
                .boundaryEvent("BoundaryEvent_NoBed").name("No bed fits").cancelActivity(false)
                .timerWithDuration("${noBedEscalationAfter}").camundaFailedJobRetryTimeCycle(RETRY)
                .serviceTask("ServiceTask_EscalateNoBed").name("Escalate: no bed fits")
                  .camundaDelegateExpression("${raiseEscalation}")
                  .camundaInputParameter("escalationKind", "NO_BED")
                .endEvent("EndEvent_NoBedEscalated").name("Escalated")
              .moveToActivity("UserTask_Triage")
                .boundaryEvent("BoundaryEvent_TriageOverdue").name("Triage overdue").cancelActivity(false)
                .timerWithDuration("${triageEscalationAfter}").camundaFailedJobRetryTimeCycle(RETRY)
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
                  .camundaDueDate("${fundedPeriodEndsAt}")
                .endEvent("EndEvent_FundingDecided").name("Funding decided: the funded period ends")
                .moveToActivity("UserTask_FundingDecision")
                  .boundaryEvent("BoundaryEvent_AssessmentDue").name("Assessment falls due").cancelActivity(false)
                  .timerWithDate("${assessmentDueAt}").camundaFailedJobRetryTimeCycle(RETRY)
                  .exclusiveGateway("Gateway_AssessmentCompleted").name("Assessment completed?")
                    .condition("Not yet", "${!assessmentCompleted}")
                    .userTask("UserTask_AssessmentDue").name("Assessment due").camundaCandidateGroups("COORDINATOR")
                      .camundaDueDate("${fundedPeriodEndsAt}")
                    .endEvent("EndEvent_AssessmentCompleted").name("Assessment completed")
                  .moveToNode("Gateway_AssessmentCompleted")
                    .condition("Already", "${assessmentCompleted}")
                    .endEvent("EndEvent_NoAssessmentDue").name("Nothing due")
                .moveToActivity("UserTask_FundingDecision")
                  .boundaryEvent("BoundaryEvent_FundedPeriodEnded").name("Funded period ended").cancelActivity(false)
                  .timerWithDate("${fundedPeriodEndsAt}").camundaFailedJobRetryTimeCycle(RETRY)
                  .serviceTask("ServiceTask_EscalateFundedPeriodEnded").name("Escalate: no decision at the end")
                    .camundaDelegateExpression("${raiseEscalation}")
                    .camundaInputParameter("escalationKind", "FUNDED_PERIOD_ENDED")
                  .endEvent("EndEvent_FundedPeriodEndEscalated").name("Escalated")
                .subProcessDone()
              .receiveTask("ReceiveTask_AwaitClose").name("Episode continues until closed").message("EpisodeClosed")
              .endEvent("EndEvent_EpisodeClosed").name("Closed")
            .moveToActivity("SubProcess_FundedPeriod")
              .boundaryEvent("BoundaryEvent_ClosedBeforeDecision").name("Closed before a decision")
              .message("EpisodeClosed")
              .endEvent("EndEvent_ClosedBeforeDecision").name("Closed")
            .moveToActivity("UserTask_SafeAndWellCall")
              .boundaryEvent("BoundaryEvent_SafeAndWellLapsed").name("72 hours passed")
              .timerWithDuration("PT72H").camundaFailedJobRetryTimeCycle(RETRY)
              .endEvent("EndEvent_SafeAndWellLapsed").name("Closed without a call")
            .moveToActivity("SubProcess_BeforeDischarge")
              .boundaryEvent("BoundaryEvent_DischargeDelayed").name("Past ready date").cancelActivity(false)
              .timerWithDate("${dischargeEscalationAt}").camundaFailedJobRetryTimeCycle(RETRY)
              .serviceTask("ServiceTask_EscalateDelay").name("Escalate delayed discharge")
                .camundaDelegateExpression("${raiseEscalation}")
                .camundaInputParameter("escalationKind", "DISCHARGE_DELAYED")
              .endEvent("EndEvent_DelayEscalated").name("Escalated")
            .moveToActivity("SubProcess_BeforeDischarge")
              .boundaryEvent("BoundaryEvent_Cancelled").name("Referral cancelled")
              .message("ReferralCancelled")
              .endEvent("EndEvent_Cancelled").name("Cancelled")
            .done();
        terminates(m, "EndEvent_FundingDecided");
        nameMessageIds(m);
        Bpmn.validateModel(m);
        Bpmn.writeModelToFile(new File(a[0]), m);
    }

    /** The fluent builder has no terminate end event: recording the decision ends the whole funded-period scope. */
    private static void terminates(BpmnModelInstance m, String endEventId) {
        EndEvent end = m.getModelElementById(endEventId);
        TerminateEventDefinition terminate = m.newInstance(TerminateEventDefinition.class);
        terminate.setId("TerminateEventDefinition_" + endEventId.substring("EndEvent_".length()));
        end.getEventDefinitions().add(terminate);
    }

    /** Message ids that read, Message_&lt;name&gt;, instead of generated ones; references follow the id. */
    private static void nameMessageIds(BpmnModelInstance m) {
        for (Message message : m.getModelElementsByType(Message.class)) {
            message.setId("Message_" + message.getName());
        }
    }
}
