package org.dischargehub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dischargehub.support.Api;
import org.dischargehub.support.HubProcess;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * A power cut, as near as a test can come: the hub runs in a JVM of its own, as the README's first command starts it
 * (durable by default), and during a burst of referrals its JVM and every process of its embedded PostgreSQL are
 * killed with SIGKILL, so nothing is flushed or shut down. A hub started again on the same directory must have every
 * referral whose creation it answered with 201.
 * <p>
 * A killed process leaves the operating system's page cache behind, so only a real power cut would lose what was
 * written but not fsynced; with durability off this test passed too (each referral's write-ahead log reached the
 * kernel within milliseconds). What settles durability is the SHOW check at the start; the rest proves the hub
 * recovers from the crash (stale postmaster.pid, write-ahead log replay) with every acknowledged referral.
 */
class EmbeddedDatabaseCrashRestartIntegrationTest {

    private static final int CALLERS = 4;
    private static final int ANSWERED_BEFORE_THE_CRASH = 60;

    private final Path directory = Path.of("target", "crash-databases", UUID.randomUUID().toString())
            .toAbsolutePath();
    private final List<HubProcess> hubs = new ArrayList<>();

    @Test
    void every_referral_answered_201_before_the_hub_and_its_postgres_were_killed_is_there_after_a_restart()
            throws Exception {
        int databasePort = HubProcess.freePort();
        HubProcess hub = start(databasePort);
        assertThat(durability(databasePort)).as("the hub runs with PostgreSQL's durable defaults")
                .isEqualTo(Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"));
        Api manager = Api.as(hub.port(), "manager", "manager");
        assertThat(manager.post("/api/localities", Map.of("code", "CRASH", "name", "Crash Vale")).status())
                .isEqualTo(201);

        Queue<String> answered = new ConcurrentLinkedQueue<>();
        AtomicInteger unanswered = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        Api mdt = Api.as(hub.port(), "mdt", "mdt");
        for (int i = 0; i < CALLERS; i++) {
            callers.submit(() -> {
                while (true) {
                    try {
                        Api.Response created = mdt.post("/api/referrals",
                                People.referral("CRASH", TestClock.now().minus(1, ChronoUnit.HOURS)));
                        if (created.status() == 201) {
                            answered.add(created.json().path("id").asText());
                        }
                    } catch (IllegalStateException connectionLost) {
                        unanswered.incrementAndGet();
                        return;
                    }
                }
            });
        }
        await("referrals answered before the crash").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20))
                .until(answered::size, size -> size >= ANSWERED_BEFORE_THE_CRASH);
        killWithPostgres(hub);
        callers.shutdown();
        assertThat(callers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        List<String> acknowledged = List.copyOf(answered);
        assertThat(acknowledged).as("referrals answered 201 before the crash").hasSizeGreaterThanOrEqualTo(
                ANSWERED_BEFORE_THE_CRASH);
        assertThat(unanswered.get()).as("callers still sending when the hub died").isEqualTo(CALLERS);

        HubProcess again = start(databasePort);
        Api coordinator = Api.as(again.port(), "coordinator", "coordinator");
        List<String> lost = acknowledged.stream()
                .filter(id -> coordinator.get("/api/referrals/" + id).status() != 200).toList();
        assertThat(lost).as("of %d referrals answered 201", acknowledged.size()).isEmpty();
    }

    @AfterEach
    void stopEverything() throws IOException {
        hubs.forEach(hub -> hub.process().destroyForcibly());
        postgresProcesses().forEach(ProcessHandle::destroyForcibly);
        FileSystemUtils.deleteRecursively(directory);
    }

    private HubProcess start(int databasePort) throws Exception {
        HubProcess hub = HubProcess.start(directory, "hub.embedded-database.port=" + databasePort,
                "hub.demo.county=false");
        hubs.add(hub);
        return hub.awaitReady();
    }

    private void killWithPostgres(HubProcess hub) throws IOException {
        List<ProcessHandle> postgres = postgresProcesses();
        assertThat(postgres).as("the embedded server's processes").isNotEmpty();
        postgres.forEach(ProcessHandle::destroyForcibly);
        hub.process().destroyForcibly();
        for (ProcessHandle process : postgres) {
            process.onExit().join();
        }
        hub.process().onExit().join();
    }

    /** The postmaster named in the data directory's postmaster.pid, and every process it started. */
    private List<ProcessHandle> postgresProcesses() throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return List.of();
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        return ProcessHandle.of(pid)
                .filter(postmaster -> postmaster.info().command().orElse("").endsWith("postgres"))
                .map(postmaster -> {
                    List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
                    all.add(postmaster);
                    return all;
                })
                .orElse(List.of());
    }

    private static Map<String, String> durability(int databasePort) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + databasePort + "/postgres", "postgres", "");
                Statement statement = connection.createStatement()) {
            Map<String, String> settings = new HashMap<>();
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet result = statement.executeQuery("show " + setting)) {
                    result.next();
                    settings.put(setting, result.getString(1));
                }
            }
            return settings;
        }
    }
}
