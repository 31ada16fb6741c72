package org.dischargehub.providerstatus.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.dischargehub.providerstatus.FollowUpProcess;
import org.dischargehub.shared.ConflictException;
import org.springframework.stereotype.Component;

@Component
class CamundaFollowUpProcess implements FollowUpProcess {

    static final String PROCESS_KEY = "provider-follow-up";

    private final RuntimeService runtime;
    private final TaskService tasks;

    CamundaFollowUpProcess(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    @Override
    public void start(Long followUpId) {
        runtime.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(followUpId));
    }

    @Override
    public void closed(Long followUpId) {
        Task task = tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(followUpId))
                .taskDefinitionKey("UserTask_ContactProvider").singleResult();
        if (task == null) {
            throw new ConflictException("The follow-up's process is not waiting for an action");
        }
        tasks.complete(task.getId());
    }
}
