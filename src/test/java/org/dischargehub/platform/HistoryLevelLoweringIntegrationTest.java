package org.dischargehub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.dischargehub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes first starting together after the update both lower the stored history level: the second waits for the
 * first's lowering to commit and then finds nothing left to lower. Without the lock, the second wrote the same row
 * under the first and one of them failed to start on the row's revision.
 */
@HubIntegrationTest
class HistoryLevelLoweringIntegrationTest {

    @Autowired
    ProcessEngineConfigurationImpl engine;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void two_nodes_lowering_the_stored_level_at_once_both_start_at_the_configured_level() throws Exception {
        String before = stored();
        jdbc.update("update act_ge_property set value_ = '2' where name_ = ?", HistoryLevelLowering.PROPERTY);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch lowered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            Future<?> first = nodes.submit(() -> engine.getCommandExecutorTxRequired().execute(lowering(() -> {
                lowered.countDown();
                release.await(60, TimeUnit.SECONDS);
            })));
            assertThat(lowered.await(60, TimeUnit.SECONDS)).as("the first node lowered the level").isTrue();
            Future<?> second = nodes.submit(() -> engine.getCommandExecutorTxRequired().execute(lowering(() -> {
            })));
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> second.isDone() || waitsForStartUpLock());
            release.countDown();

            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);
            assertThat(stored()).as("lowered once, to the configured level").isEqualTo("1");
        } finally {
            release.countDown();
            nodes.shutdownNow();
            jdbc.update("update act_ge_property set value_ = ? where name_ = ?", before, HistoryLevelLowering.PROPERTY);
        }
    }

    /** A node's start-up step: it lowers the stored level, then does what else its start does before it commits. */
    private static Command<Void> lowering(Interruptible thenBeforeCommit) {
        return context -> {
            HistoryLevelLowering.lower(context, HistoryLevel.HISTORY_LEVEL_ACTIVITY);
            try {
                thenBeforeCommit.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return null;
        };
    }

    private interface Interruptible {
        void run() throws InterruptedException;
    }

    private boolean waitsForStartUpLock() {
        return jdbc.queryForObject("""
                select count(*) from pg_stat_activity
                where wait_event_type = 'Lock' and query ilike '%startup.lock%'""", Integer.class) > 0;
    }

    private String stored() {
        return jdbc.queryForObject("select value_ from act_ge_property where name_ = ?", String.class,
                HistoryLevelLowering.PROPERTY);
    }
}
