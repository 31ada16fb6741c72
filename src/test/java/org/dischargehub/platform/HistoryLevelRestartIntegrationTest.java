package org.dischargehub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.dischargehub.funding.FundingOutcome;
import org.dischargehub.referral.ReferralFactory;
import org.dischargehub.referral.ReferralFactory.Person;
import org.dischargehub.support.Hub;
import org.dischargehub.support.SecondNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A hub that ran at the {@code audit} history level, as it shipped before, starts again at the shipped level on the
 * same database: the stored level is lowered, and a referral started before the update goes on where it was, with no
 * new variable history.
 */
class HistoryLevelRestartIntegrationTest {

    @TempDir
    Path directory;

    @Test
    void a_database_kept_at_audit_starts_at_the_shipped_level_and_its_processes_go_on() {
        Person person;
        String instance;
        long variablesBefore;
        try (ConfigurableApplicationContext hub = start("camunda.bpm.history-level=audit")) {
            person = new ReferralFactory(hub, Hub.on(SecondNode.port(hub), "HL")).discharged();
            instance = instance(hub, person);
            assertThat(storedLevel(hub)).isEqualTo("2");
            variablesBefore = history(hub).createHistoricVariableInstanceQuery().processInstanceId(instance).count();
            assertThat(variablesBefore).as("audit keeps each variable's value").isPositive();
        }

        try (ConfigurableApplicationContext hub = start()) {
            assertThat(hub.getBean(ProcessEngineConfigurationImpl.class).getHistoryLevel().getName())
                    .isEqualTo("activity");
            assertThat(storedLevel(hub)).as("lowered to the shipped level").isEqualTo("1");

            long stepsBefore = history(hub).createHistoricActivityInstanceQuery().processInstanceId(instance).count();
            new ReferralFactory(hub, Hub.on(SecondNode.port(hub), "HL")).decideFunding(person,
                    FundingOutcome.COUNCIL);
            assertThat(history(hub).createHistoricActivityInstanceQuery().processInstanceId(instance).count())
                    .as("the steps after the update are still recorded").isGreaterThan(stepsBefore);
            assertThat(history(hub).createHistoricVariableInstanceQuery().processInstanceId(instance).count())
                    .as("no variable history is written any more, and none is lost").isEqualTo(variablesBefore);
            assertThat(hub.getBean(JdbcTemplate.class).queryForObject(
                    "select funding_outcome from hub.referral where id = ?", String.class, person.id()))
                    .isEqualTo("COUNCIL");
        }
    }

    private ConfigurableApplicationContext start(String... extra) {
        String[] arguments = new String[extra.length + 3];
        arguments[0] = "hub.embedded-database.directory=" + directory;
        arguments[1] = "hub.demo.enabled=true";
        arguments[2] = "hub.demo.county=false";
        System.arraycopy(extra, 0, arguments, 3, extra.length);
        return SecondNode.alone(arguments);
    }

    private static String storedLevel(ConfigurableApplicationContext hub) {
        return hub.getBean(JdbcTemplate.class).queryForObject(
                "select value_ from act_ge_property where name_ = ?", String.class, HistoryLevelLowering.PROPERTY);
    }

    private static HistoryService history(ConfigurableApplicationContext hub) {
        return hub.getBean(HistoryService.class);
    }

    private static String instance(ConfigurableApplicationContext hub, Person person) {
        return hub.getBean(RuntimeService.class).createProcessInstanceQuery()
                .processInstanceBusinessKey(person.id()).singleResult().getId();
    }
}
