package org.dischargehub.providerstatus;

/** The port to the engine for provider follow-ups: one process instance per follow-up, keyed by its id. */
public interface FollowUpProcess {

    void start(Long followUpId);

    void closed(Long followUpId);
}
