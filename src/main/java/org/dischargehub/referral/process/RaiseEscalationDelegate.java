package org.dischargehub.referral.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.dischargehub.escalation.EscalationKind;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.security.SystemUser;
import org.springframework.stereotype.Component;

/** A timer fired: tell the hub manager. The kind comes from the BPMN step's input parameter. */
@Component("raiseEscalation")
class RaiseEscalationDelegate implements JavaDelegate {

    private final ReferralService referrals;

    RaiseEscalationDelegate(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        EscalationKind kind = EscalationKind.valueOf((String) execution.getVariableLocal("escalationKind"));
        SystemUser.run(() -> referrals.escalate(execution.getProcessBusinessKey(), kind));
    }
}
