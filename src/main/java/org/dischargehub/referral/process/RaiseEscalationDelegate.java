package org.dischargehub.referral.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.dischargehub.escalation.EscalationKind;
import org.dischargehub.referral.ReferralEscalations;
import org.dischargehub.security.SystemUser;
import org.springframework.stereotype.Component;

/** A timer fired: tell the hub manager. The kind comes from the BPMN step's input parameter. */
@Component("raiseEscalation")
class RaiseEscalationDelegate implements JavaDelegate {

    private final ReferralEscalations escalations;

    RaiseEscalationDelegate(ReferralEscalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        EscalationKind kind = EscalationKind.valueOf((String) execution.getVariableLocal("escalationKind"));
        SystemUser.run(() -> escalations.escalate(execution.getProcessBusinessKey(), kind));
    }
}
