package org.dischargehub.referral.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The engine side of a process test on the hub's own engine: binds camunda-bpm-assert to it, finds a referral's
 * process instance, its timers, and moves the engine's clock, which it puts back after each test. Register it in a
 * {@code @HubIntegrationTest} with {@code @RegisterExtension final ReferralProcessEngine engine = new ...}.
 */
public final class ReferralProcessEngine implements BeforeEachCallback, AfterEachCallback {

    private ProcessEngine engine;

    @Override
    public void beforeEach(ExtensionContext context) {
        engine = SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
        BpmnAwareTests.init(engine);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        TestClock.resetEngineClock();
        BpmnAwareTests.reset();
    }

    /** The referral's running process instance; hold on to it to assert that it has ended. */
    public ProcessInstance instance(String referralId) {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(CamundaReferralProcess.PROCESS_KEY).processInstanceBusinessKey(referralId)
                .singleResult();
        assertThat(instance).as("the running process of referral " + referralId).isNotNull();
        return instance;
    }

    public JobQuery timers(String referralId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance(referralId).getId()).timers();
    }

    /** Runs the referral's timers that are due by the engine's clock, as the job executor would. */
    public void runDueTimers(String referralId) {
        timers(referralId).executable().list()
                .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }

    public void clockAt(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}
