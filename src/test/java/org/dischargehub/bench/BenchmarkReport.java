package org.dischargehub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
     * Writes a section whose figures were measured on {@code database}: a line under its heading names the server's
     * version and the settings a crash's durability depends on, read from the server itself.
     */
    public static void write(String section, DataSource database, String markdown) throws IOException {
        String text = markdown.strip();
        int heading = text.indexOf('\n');
        write(section, text.substring(0, heading) + "\n\n" + describe(database) + text.substring(heading));
    }

    static String describe(DataSource database) {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        Map<String, String> settings = new LinkedHashMap<>();
        for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
            settings.put(setting, jdbc.queryForObject("show " + setting, String.class));
        }
        boolean durable = settings.values().stream().allMatch("on"::equals);
        return String.format("Database: PostgreSQL %s, %s (%s).", jdbc.queryForObject("show server_version",
                String.class), durable ? "durable" : "durability off, as tests run it",
                settings.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    }

    /** Writes a section whose figures touch no database (the section says what it measured on). */
    public static void write(String section, String markdown) throws IOException {
        Path file = Path.of(System.getProperty("hub.benchmarks.file", "docs/benchmarks.md"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        String start = "<!-- " + section + ":start -->";
        String end = "<!-- " + section + ":end -->";
        String text = Files.exists(file) ? Files.readString(file)
                : "# Benchmarks\n\nFigures measured on this project's 2-core machine; each section names the command "
                        + "that produced it. Ratios compare with a baseline measured in the same run.\n";
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

    public static String ms(long nanos) {
        return String.format("%.2f ms", nanos / 1_000_000.0);
    }
}
