package org.dischargehub.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a load run saw, call by call: latency of every API call (by its path template), responses by status, refusals
 * that were not a clean 409 problem+json, and transport errors. Thread-safe; read it after the run.
 */
public final class Stats {

    private final Map<String, ConcurrentLinkedQueue<Long>> nanos = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
    private final LongAdder refused = new LongAdder();
    private final LongAdder uncleanRefusals = new LongAdder();
    private final LongAdder serverErrors = new LongAdder();
    private final LongAdder transportErrors = new LongAdder();
    private final LongAdder episodes = new LongAdder();
    private final LongAdder fullChains = new LongAdder();
    private final List<String> samples = new ArrayList<>();

    void record(String call, int status, boolean problemJson, long elapsedNanos, String body) {
        nanos.computeIfAbsent(call, k -> new ConcurrentLinkedQueue<>()).add(elapsedNanos);
        statuses.computeIfAbsent(call + " → " + status, k -> new LongAdder()).increment();
        if (status == 409) {
            refused.increment();
            if (!problemJson) {
                uncleanRefusals.increment();
                sample(call + " 409 without problem+json: " + body);
            }
        } else if (status >= 500) {
            serverErrors.increment();
            sample(call + " " + status + ": " + body);
        } else if (status >= 400) {
            sample(call + " " + status + ": " + body);
        }
    }

    void transportError(String call, Exception e) {
        transportErrors.increment();
        sample(call + " transport error: " + e);
    }

    /** A whole episode done: pathway 0 (referral, triage, discharge) or a full chain (pathways 1 to 3). */
    void episodeCompleted(int pathway) {
        episodes.increment();
        if (pathway > 0) {
            fullChains.increment();
        }
    }

    private void sample(String line) {
        synchronized (samples) {
            if (samples.size() < 20) {
                samples.add(line.length() > 400 ? line.substring(0, 400) + "…" : line);
            }
        }
    }

    public long episodes() {
        return episodes.sum();
    }

    /** Episodes on pathways 1 to 3: referral, triage, capacity, discharge, funding decision and close. */
    public long fullChains() {
        return fullChains.sum();
    }

    public long calls() {
        return nanos.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
    }

    public long refused() {
        return refused.sum();
    }

    public long uncleanRefusals() {
        return uncleanRefusals.sum();
    }

    public long serverErrors() {
        return serverErrors.sum();
    }

    public long transportErrors() {
        return transportErrors.sum();
    }

    /** Responses other than 2xx and 409, e.g. a 400 the generator did not expect. */
    public long otherErrors() {
        return statuses.entrySet().stream()
                .filter(e -> {
                    int status = Integer.parseInt(e.getKey().substring(e.getKey().lastIndexOf(' ') + 1));
                    return status >= 400 && status < 500 && status != 409;
                })
                .mapToLong(e -> e.getValue().sum()).sum();
    }

    public List<String> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    /** A markdown table: per API call its count, throughput over the given seconds, p50/p95/p99 and statuses. */
    public String table(double seconds) {
        StringBuilder out = new StringBuilder("| API call | calls | per second | p50 | p95 | p99 | responses |\n"
                + "| --- | --- | --- | --- | --- | --- | --- |\n");
        Map<String, String> byCall = new TreeMap<>();
        statuses.forEach((key, count) -> {
            int arrow = key.lastIndexOf(" → ");
            byCall.merge(key.substring(0, arrow), key.substring(arrow + 3) + "×" + count.sum(), (a, b) -> a + ", " + b);
        });
        new TreeMap<>(nanos).forEach((call, queue) -> {
            List<Long> list = new ArrayList<>(queue);
            out.append(String.format("| `%s` | %d | %.1f | %s | %s | %s | %s |%n", call, list.size(),
                    list.size() / seconds, ms(percentile(list, 50)), ms(percentile(list, 95)), ms(percentile(list, 99)),
                    byCall.get(call)));
        });
        return out.toString();
    }

    public static long percentile(List<Long> values, double p) {
        if (values.isEmpty()) {
            return 0;
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    public static String ms(long nanos) {
        return String.format("%.1f ms", nanos / 1_000_000.0);
    }
}
