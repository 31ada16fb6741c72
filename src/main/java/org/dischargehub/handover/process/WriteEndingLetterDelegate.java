package org.dischargehub.handover.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.dischargehub.handover.LetterService;
import org.dischargehub.security.SystemUser;
import org.springframework.stereotype.Component;

/** The funded period ends within the notice period: the person gets a letter saying so, in the job's transaction. */
@Component("writeEndingLetter")
class WriteEndingLetterDelegate implements JavaDelegate {

    private final LetterService letters;

    WriteEndingLetterDelegate(LetterService letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SystemUser.run(() -> letters.fundedPeriodEndsSoon(execution.getProcessBusinessKey()));
    }
}
