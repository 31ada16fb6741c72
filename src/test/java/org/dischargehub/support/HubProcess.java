package org.dischargehub.support;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.dischargehub.Application;
import org.dischargehub.platform.TimeConfiguration;

/**
 * The hub in a JVM of its own, as {@code ./mvnw spring-boot:run} starts it (the test classpath, the demo run on an
 * embedded PostgreSQL in {@code directory}, its settings as shipped unless {@code arguments} say otherwise), so that a
 * test can watch its start-up from outside or kill it. Its output goes to a log file beside the directory.
 */
public final class HubProcess {

    private final Process process;
    private final int port;
    private final Path log;

    private HubProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static HubProcess start(Path directory, String... arguments) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx768m", "-cp", classpath()));
        String startAt = System.getProperty(TimeConfiguration.START_AT, "");
        if (!startAt.isBlank()) {
            command.add("-D" + TimeConfiguration.START_AT + "=" + startAt);
        }
        command.addAll(List.of(Application.class.getName(), "--server.port=" + port,
                "--hub.embedded-database.directory=" + directory.toAbsolutePath(),
                "--camunda.bpm.job-execution.enabled=false",
                "--vaadin.devmode.devTools.enabled=false"));
        command.addAll(Arrays.stream(arguments).map(argument -> "--" + argument).toList());
        Path log = directory.toAbsolutePath().resolveSibling(directory.getFileName() + "-" + port + ".log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new HubProcess(process, port, log);
    }

    public int port() {
        return port;
    }

    public Process process() {
        return process;
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    /** The readiness probe's status, or 0 while nothing listens on the port yet. */
    public int readiness() {
        if (!process.isAlive()) {
            throw new AssertionError("the hub stopped; see " + log);
        }
        try {
            return Api.anonymous(port).get("/actuator/health/readiness").status();
        } catch (IllegalStateException notListeningYet) {
            return 0;
        }
    }

    public HubProcess awaitReady() {
        await("the hub ready (its log: " + log + ")").atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(250)).until(this::readiness, status -> status == 200);
        return this;
    }

    /**
     * Failsafe starts a test JVM from a manifest-only jar; the test classpath itself is in this property. An empty
     * entry (it may end with one) would put the working directory on the classpath, and its bpmn/ would be deployed
     * twice.
     */
    private static String classpath() {
        return Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                .split(File.pathSeparator)).filter(entry -> !entry.isBlank())
                .collect(Collectors.joining(File.pathSeparator));
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
