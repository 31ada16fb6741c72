package org.dischargehub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.dischargehub.support.Api;
import org.dischargehub.support.County;
import org.dischargehub.support.DateSensitive;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.SecondNode;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The README's backup and restore, done for real: pg_dump -Fc of a populated hub, pg_restore into a fresh database,
 * a second hub started on the copy, and everything that matters is there and the same.
 */
@DateSensitive
@HubIntegrationTest
class BackupRestoreIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    @Test
    void a_dump_restored_into_a_fresh_database_runs_a_hub_with_the_same_referrals_processes_timers_and_recharges()
            throws Exception {
        LocalDate today = TestClock.today();
        County county = new County(port);
        String locality = county.locality("BK");
        String setting = county.setting("BKS", county.bedBasedProvider("BKP"), locality, 1, "150.00", false);
        List<String> beds = List.of(county.bed(setting, "01", "NURSING"), county.bed(setting, "02", "NURSING"),
                county.bed(setting, "03", "NURSING"));
        Api mdt = Api.as(port, "mdt", "mdt");
        Api coordinator = Api.as(port, "coordinator", "coordinator");

        String awaitingTriage = referral(mdt, locality, today.minusDays(1));
        String reserved = allocated(mdt, coordinator, locality, beds.get(0), today.minusDays(1));
        String funded = allocated(mdt, coordinator, locality, beds.get(1), today.minusDays(12));
        expect(coordinator.post("/api/referrals/" + funded + "/discharge",
                Map.of("dischargedOn", today.minusDays(10).toString())), 200);
        String decided = allocated(mdt, coordinator, locality, beds.get(2), today.minusDays(22));
        expect(coordinator.post("/api/referrals/" + decided + "/discharge",
                Map.of("dischargedOn", today.minusDays(20).toString())), 200);
        expect(coordinator.post("/api/referrals/" + decided + "/funding-decision", Map.of("outcome", "CHC",
                "decidedOn", today.minusDays(3).toString(), "rationale", "Panel: primary health need")), 200);
        List<String> referrals = List.of(awaitingTriage, reserved, funded, decided);
        // the month of the decided placement's last charged day (the day before its decision), which the funded
        // placement, discharged six days earlier and still running, reaches too
        String month = YearMonth.from(today.minusDays(4)).toString();

        Snapshot before = snapshot(Api.as(port, "manager", "manager"), coordinator, runtime, management, referrals,
                month, setting);
        assertThat(before.statuses()).containsExactly("AWAITING_TRIAGE", "READY_TO_DISCHARGE", "IN_D2A",
                "FUNDING_DECIDED");
        assertThat(before.timers()).as("the funded period's timers are pending").anyMatch(t -> t.startsWith(funded));
        assertThat(before.recharge().path("lines").toString()).contains(funded).contains(decided);
        assertThat(before.beds()).contains(beds.get(0) + "=RESERVED", beds.get(1) + "=OCCUPIED");

        Path dump = Files.createDirectories(Path.of("target", "backups")).resolve("hub-" + UUID.randomUUID() + ".dump");
        run(binary("pg_dump"), "-Fc", "-h", "localhost", "-p", String.valueOf(postgres.getPort()), "-U", "postgres",
                "-d", "postgres", "-f", dump.toString());
        String restored = "restored_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        jdbc.execute("create database " + restored);
        run(binary("pg_restore"), "--exit-on-error", "--no-owner", "-h", "localhost", "-p",
                String.valueOf(postgres.getPort()), "-U", "postgres", "-d", restored, dump.toString());

        String afterDump = referral(mdt, locality, today.minusDays(1));

        // A second hub on the copy, its job executor off (command-line arguments, as SecondNode passes them, win over
        // application.yml; default properties would not), so nothing fires on the copy before it is compared.
        try (ConfigurableApplicationContext copy = SecondNode.start(postgres.getJdbcUrl("postgres", restored),
                "restored")) {
            int copyPort = ((ServletWebServerApplicationContext) copy).getWebServer().getPort();
            Snapshot after = snapshot(Api.as(copyPort, "manager", "manager"), Api.as(copyPort, "coordinator", "coordinator"),
                    copy.getBean(RuntimeService.class), copy.getBean(ManagementService.class), referrals, month, setting);

            assertThat(after.referrals()).isEqualTo(before.referrals());
            assertThat(after.processes()).isEqualTo(before.processes());
            assertThat(after.timers()).isEqualTo(before.timers());
            assertThat(after.recharge()).isEqualTo(before.recharge());
            assertThat(after.beds()).isEqualTo(before.beds());
            assertThat(Api.as(copyPort, "coordinator", "coordinator").get("/api/referrals/" + afterDump).status())
                    .as("the copy is the dump, not the live database").isEqualTo(404);
        }
    }

    /** What must survive: each referral as the API shows it, its process, its timers, the month's recharges, the beds. */
    record Snapshot(List<String> statuses, List<JsonNode> referrals, List<String> processes, List<String> timers,
            JsonNode recharge, List<String> beds) {
    }

    private static Snapshot snapshot(Api manager, Api coordinator, RuntimeService runtime, ManagementService management,
            List<String> referrals, String month, String setting) {
        List<String> statuses = new ArrayList<>();
        List<JsonNode> shown = new ArrayList<>();
        List<String> processes = new ArrayList<>();
        List<String> timers = new ArrayList<>();
        for (String id : referrals) {
            Api.Response referral = coordinator.get("/api/referrals/" + id);
            expect(referral, 200);
            statuses.add(referral.json().path("status").asText());
            shown.add(referral.json());
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).list().forEach(instance -> {
                processes.add(id + " " + instance.getId() + " " + runtime.getActiveActivityIds(instance.getId()));
                management.createJobQuery().processInstanceId(instance.getId()).timers().list().stream()
                        .map(job -> id + " " + job.getId() + " " + job.getDuedate().toInstant() + " "
                                + job.getRetries())
                        .sorted().forEach(timers::add);
            });
        }
        Api.Response recharge = manager.get("/api/recharges?month=" + month);
        expect(recharge, 200);
        List<String> beds = new ArrayList<>();
        coordinator.get("/api/beds").json().forEach(bed -> {
            if (bed.path("settingCode").asText().equals(setting)) {
                beds.add(bed.path("bedCode").asText() + "=" + bed.path("status").asText());
            }
        });
        beds.sort(Comparator.naturalOrder());
        assertThat(processes).as("every open referral has its process").hasSize(referrals.size());
        return new Snapshot(statuses, shown, processes, timers, recharge.json(), beds);
    }

    private static String referral(Api mdt, String locality, LocalDate ready) {
        Api.Response created = mdt.post("/api/referrals",
                People.referral(locality, ready.atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant()));
        expect(created, 201);
        return created.json().path("id").asText();
    }

    private static String allocated(Api mdt, Api coordinator, String locality, String bed, LocalDate ready) {
        String id = referral(mdt, locality, ready);
        expect(mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 2, "bedType", "NURSING",
                "rationale", "Rehab before home")), 200);
        expect(coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", bed)), 201);
        return id;
    }

    /** The client tools: the embedded server's own if its bundle has them, else Debian's postgresql-client. */
    private static String binary(String name) throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg");
        if (Files.isDirectory(tmp)) {
            try (Stream<Path> found = Files.find(tmp, 4, (path, attributes) -> path.endsWith(Path.of("bin", name)))) {
                var bundled = found.findFirst();
                if (bundled.isPresent()) {
                    return bundled.get().toString();
                }
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                var newest = versions.map(v -> v.resolve("bin").resolve(name)).filter(Files::isExecutable)
                        .max(Comparator.comparing(p -> Integer.parseInt(p.getParent().getParent().getFileName().toString())));
                if (newest.isPresent()) {
                    return newest.get().toString();
                }
            }
        }
        return name;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        assertThat(finished).as(String.join(" ", command) + " timed out").isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ":\n" + output).isZero();
    }

    private static void expect(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
    }
}
