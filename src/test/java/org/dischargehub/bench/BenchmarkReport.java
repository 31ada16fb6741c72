package org.dischargehub.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes one benchmark's section of docs/benchmarks.md, replacing that section's previous figures. */
public final class BenchmarkReport {

    private BenchmarkReport() {
    }

    /**
     * Writes a section whose figures were measured on {@code database}: lines under its heading name the server's
     * version, the settings a crash's durability depends on and its sizes, the pool, the machine and the JVM, each
     * read where it is rather than written into the report.
     */
    public static void write(String section, DataSource database, String markdown) throws IOException {
        String text = markdown.strip();
        int heading = text.indexOf('\n');
        write(section, text.substring(0, heading) + "\n\n" + describe(database) + text.substring(heading));
    }

    static String describe(DataSource database) {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        Map<String, String> durability = settings(jdbc, List.of("fsync", "synchronous_commit", "full_page_writes"));
        boolean durable = durability.values().stream().allMatch("on"::equals);
        Map<String, String> sizes = settings(jdbc, List.of("shared_buffers", "max_connections", "wal_buffers",
                "max_wal_size", "checkpoint_timeout"));
        return String.format("Database: PostgreSQL %s, %s (%s; %s); connection pool %s.%n%n%s",
                jdbc.queryForObject("show server_version", String.class),
                durable ? "durable" : "durability off, as tests run it", join(durability), join(sizes),
                poolSize(database), machine());
    }

    /** The machine and JVM the figures were measured on, read where the benchmark runs. */
    static String machine() {
        String cpu = "CPU not known";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
        } catch (IOException e) {
            // not Linux: say so
        }
        List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments();
        return String.format("Machine: %s, %d cores available to the JVM, %.1f GiB of memory; Java %s (%s); JVM flags:"
                        + " %s.", cpu, Runtime.getRuntime().availableProcessors(), memoryGiB(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                flags.isEmpty() ? "none" : "`" + String.join(" ", flags) + "`");
    }

    private static double memoryGiB() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0) / 1024.0 / 1024.0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String poolSize(DataSource database) {
        try {
            HikariDataSource pool = database.unwrap(HikariDataSource.class);
            return pool.getMaximumPoolSize() + " connections at most (Hikari)";
        } catch (SQLException e) {
            return "not a Hikari pool";
        }
    }

    private static Map<String, String> settings(JdbcTemplate jdbc, List<String> names) {
        Map<String, String> settings = new LinkedHashMap<>();
        names.forEach(name -> settings.put(name, jdbc.queryForObject("show " + name, String.class)));
        return settings;
    }

    private static String join(Map<String, String> settings) {
        return settings.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    /** Writes a section whose figures touch no database (the section says what it measured on). */
    public static void write(String section, String markdown) throws IOException {
        Path file = Path.of(System.getProperty("hub.benchmarks.file", "docs/benchmarks.md"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        String start = "<!-- " + section + ":start -->";
        String end = "<!-- " + section + ":end -->";
        String text = Files.exists(file) ? Files.readString(file)
                : "# Benchmarks\n\nEach section names the command that produced it and the machine it ran on. Ratios "
                        + "compare with a baseline measured in the same run.\n";
        String block = start + "\n" + markdown.strip() + "\n" + end;
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        text = from >= 0 && to > from ? text.substring(0, from) + block + text.substring(to + end.length())
                : text.strip() + "\n\n" + block + "\n";
        Files.writeString(file, text);
    }

    public static long percentile(List<Long> nanos, double p) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** The median of a figure over runs, with its least and greatest: "12.3 (11.8–13.0)". */
    public static String spread(List<Double> runs, String format) {
        double[] sorted = runs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(format + " (" + format + "–" + format + ")", median(runs), sorted[0],
                sorted[sorted.length - 1]);
    }

    public static double median(List<Double> runs) {
        double[] sorted = runs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    public static String ms(long nanos) {
        return String.format("%.2f ms", nanos / 1_000_000.0);
    }
}
