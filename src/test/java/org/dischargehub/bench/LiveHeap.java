package org.dischargehub.bench;

import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.management.ObjectName;

/**
 * The live heap of this JVM as {@code jcmd <pid> GC.class_histogram} reports it: the histogram runs a full GC first
 * and counts only reachable objects, by class. Taken through the DiagnosticCommand MBean, so no second process.
 */
record LiveHeap(long bytes, Map<String, long[]> byClass) {

    static LiveHeap measure() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        String histogram;
        try {
            histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
        } catch (Exception e) {
            throw new IllegalStateException("No class histogram from this JVM", e);
        }
        Map<String, long[]> byClass = new HashMap<>();
        long total = 0;
        for (String line : histogram.split("\n")) {
            String[] cells = line.trim().split("\\s+");
            if (cells.length >= 4 && cells[0].endsWith(":")) {
                byClass.merge(cells[3], new long[] {Long.parseLong(cells[1]), Long.parseLong(cells[2])},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            } else if (cells.length == 3 && cells[0].equals("Total")) {
                total = Long.parseLong(cells[2]);
            }
        }
        return new LiveHeap(total, byClass);
    }

    long instances(String className) {
        return byClass.getOrDefault(className, new long[2])[0];
    }

    /** The classes that grew most in bytes since {@code before}: {class, instances added, bytes added}. */
    List<Object[]> largestGrowth(LiveHeap before, int limit) {
        return byClass.entrySet().stream()
                .map(e -> new Object[] {e.getKey(), e.getValue()[0] - before.byClass.getOrDefault(e.getKey(),
                        new long[2])[0], e.getValue()[1] - before.byClass.getOrDefault(e.getKey(), new long[2])[1]})
                .sorted(Comparator.comparingLong((Object[] row) -> (long) row[2]).reversed())
                .limit(limit)
                .toList();
    }
}
