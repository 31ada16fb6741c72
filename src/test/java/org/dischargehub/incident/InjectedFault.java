package org.dischargehub.incident;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fault injected from outside the hub: the database refuses every escalation of one referral, as a broken delegate
 * or a refusing database would, without a switch in the hub's code. Closing it removes the fault.
 */
final class InjectedFault implements AutoCloseable {

    static final String MESSAGE = "fault injected by the test";

    private final JdbcTemplate jdbc;
    private final String trigger;

    private InjectedFault(JdbcTemplate jdbc, String trigger) {
        this.jdbc = jdbc;
        this.trigger = trigger;
    }

    static InjectedFault onEscalationsOf(JdbcTemplate jdbc, String referral) {
        jdbc.execute("create or replace function hub.test_injected_fault() returns trigger language plpgsql as "
                + "$$ begin raise exception '" + MESSAGE + "'; end $$");
        String trigger = "test_fault_" + referral.replaceAll("[^A-Za-z0-9]", "_").toLowerCase();
        jdbc.execute("create trigger " + trigger + " before insert on hub.escalation for each row when "
                + "(new.referral_id = '" + referral + "') execute function hub.test_injected_fault()");
        return new InjectedFault(jdbc, trigger);
    }

    static int escalations(JdbcTemplate jdbc, String referral, String kind) {
        return jdbc.queryForObject("select count(*) from hub.escalation where referral_id = ? and kind = ?",
                Integer.class, referral, kind);
    }

    @Override
    public void close() {
        jdbc.execute("drop trigger if exists " + trigger + " on hub.escalation");
    }
}
