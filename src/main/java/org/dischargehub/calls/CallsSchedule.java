package org.dischargehub.calls;

import org.dischargehub.security.SystemUser;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The check for overdue calls, every {@code hub.calls.overdue-check-every} (default 5 minutes). It runs where the
 * process engine's timers run: a hub started with the job executor off (as the tests are, to drive time themselves)
 * runs neither, and the tests call the check directly.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "camunda.bpm.job-execution.enabled", havingValue = "true", matchIfMissing = true)
class CallsSchedule {

    private final CallEscalations escalations;

    CallsSchedule(CallEscalations escalations) {
        this.escalations = escalations;
    }

    @Scheduled(initialDelayString = "${hub.calls.overdue-check-every:PT5M}",
            fixedDelayString = "${hub.calls.overdue-check-every:PT5M}")
    void checkOverdue() {
        SystemUser.run(escalations::escalateOverdue);
    }
}
