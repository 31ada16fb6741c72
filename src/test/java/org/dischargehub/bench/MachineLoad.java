package org.dischargehub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How much of the machine's CPU went to work other than this benchmark (its JVM and its children, and the embedded
 * PostgreSQL servers with their data under this build's {@code target/}) between two moments, read from /proc: the
 * machine is shared, and a figure measured beside other work says so.
 */
public final class MachineLoad {

    private static final String OWN_DATA = Path.of("target").toAbsolutePath() + "/";

    private final long busy;
    private final long total;
    private final long own;

    private MachineLoad(long busy, long total, long own) {
        this.busy = busy;
        this.total = total;
        this.own = own;
    }

    public static MachineLoad now() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < cpu.length; i++) {
                total += Long.parseLong(cpu[i]);
            }
            long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
            return new MachineLoad(total - idle, total, ownTicks());
        } catch (IOException | RuntimeException e) {
            return new MachineLoad(0, 0, 0);
        }
    }

    /** "idle machine", or the share of the CPU other work took since this moment. */
    public String sinceThen() {
        return until(now());
    }

    /**
     * "idle machine", or the share of the CPU other work took between this moment and a later one. Take the later
     * one while the benchmark's own servers still run: a server stopped before it takes its CPU time out of "own".
     */
    public String until(MachineLoad end) {
        MachineLoad start = this;
        long totalTicks = end.total - start.total;
        if (totalTicks <= 0) {
            return "machine load not known";
        }
        double others = Math.max(0, (end.busy - start.busy) - (end.own - start.own)) / (double) totalTicks;
        return others < 0.05 ? "idle machine (other work took " + Math.round(100 * others) + "% of the CPU)"
                : "measured under load: other work on the shared machine took " + Math.round(100 * others)
                        + "% of its CPU meanwhile";
    }

    private static long ownTicks() throws IOException {
        Map<Long, Long> parents = new HashMap<>();
        Map<Long, Long> ticks = new HashMap<>();
        Set<Long> tree = new HashSet<>(Set.of(ProcessHandle.current().pid()));
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().matches("\\d+")).forEach(p -> {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long pid = Long.parseLong(p.getFileName().toString());
                    parents.put(pid, Long.parseLong(fields[1]));
                    // its own user and system time, and that of its children that have ended and been waited
                    // for (a PostgreSQL backend whose connection closed, pgbench)
                    ticks.put(pid, Long.parseLong(fields[11]) + Long.parseLong(fields[12])
                            + Long.parseLong(fields[13]) + Long.parseLong(fields[14]));
                    if (Files.readString(p.resolve("cmdline")).contains(OWN_DATA)) {
                        tree.add(pid);
                    }
                } catch (IOException | RuntimeException e) {
                    // the process ended while being read
                }
            });
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<Long, Long> entry : parents.entrySet()) {
                if (tree.contains(entry.getValue()) && tree.add(entry.getKey())) {
                    grew = true;
                }
            }
        }
        return tree.stream().mapToLong(pid -> ticks.getOrDefault(pid, 0L)).sum();
    }
}
