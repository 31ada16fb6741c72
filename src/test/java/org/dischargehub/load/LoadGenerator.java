package org.dischargehub.load;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives a running hub through its HTTP API as a region would, at a chosen multiple of the design load (a county of
 * a million: 150 referrals and about 70 allocations a day), and reports throughput, latency per API call, errors by
 * status and the SQL invariants.
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.dischargehub.load.LoadGenerator \
 *     -Dexec.args="--url http://localhost:8080 --user manager --password manager --multiple 1000 --minutes 5"
 * </pre>
 * Options: {@code --localities N} (6), {@code --concurrency N} episodes in flight at most (64), {@code --workers N}
 * runs N back-to-back episode loops instead of Poisson arrivals (the maximum throughput), {@code --seed N}, and
 * {@code --jdbc URL --db-user U --db-password P} to check the invariants in SQL after the run.
 */
public final class LoadGenerator {

    /** Referrals a day for a county of a million people. */
    public static final double DESIGN_REFERRALS_PER_DAY = 150;

    private LoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String url = options.getOrDefault("url", "http://localhost:8080");
        Stats stats = new Stats();
        HubClient manager = new HubClient(url, options.getOrDefault("user", "manager"),
                options.getOrDefault("password", "manager"), stats);
        int localities = Integer.parseInt(options.getOrDefault("localities", "6"));
        System.out.printf("Setting up a region of %d localities at %s …%n", localities, url);
        Region region = Region.build(manager, localities, 3, 24, 60);
        Duration duration = Duration.ofSeconds((long) (60 * Double.parseDouble(options.getOrDefault("minutes", "5"))));
        Random random = new Random(Long.parseLong(options.getOrDefault("seed", "1")));
        Stats runStats = new Stats();
        Region measured = region.reportingTo(runStats);
        Result result = options.containsKey("workers")
                ? closedLoop(measured, runStats, Integer.parseInt(options.get("workers")), duration)
                : poisson(measured, runStats, Double.parseDouble(options.getOrDefault("multiple", "1000")), duration,
                        Integer.parseInt(options.getOrDefault("concurrency", "64")), random);
        System.out.println(result.summary());
        System.out.println(runStats.table(result.seconds()));
        runStats.samples().forEach(s -> System.out.println("  sample: " + s));
        boolean clean = result.clean();
        if (options.containsKey("jdbc")) {
            try (HikariDataSource dataSource = new HikariDataSource()) {
                dataSource.setJdbcUrl(options.get("jdbc"));
                dataSource.setUsername(options.getOrDefault("db-user", "hub"));
                dataSource.setPassword(options.getOrDefault("db-password", ""));
                Map<String, Long> invariants = Invariants.check(dataSource);
                System.out.println(Invariants.table(invariants));
                clean &= Invariants.allZero(invariants);
            }
        }
        System.exit(clean ? 0 : 1);
    }

    /**
     * Referrals arrive on a Poisson schedule at {@code multiple} × the design load, each run as a whole episode by a
     * pool of at most {@code concurrency} people working at once.
     */
    public static Result poisson(Region region, Stats stats, double multiple, Duration duration, int concurrency,
            Random random) throws InterruptedException {
        double perSecond = multiple * DESIGN_REFERRALS_PER_DAY / 86_400;
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        ScheduledExecutorService arrivals = Executors.newSingleThreadScheduledExecutor();
        AtomicLong started = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long begin = System.nanoTime();
        double at = 0;
        while (true) {
            at += -Math.log(1 - random.nextDouble()) / perSecond * 1e9;
            if (at >= duration.toNanos()) {
                break;
            }
            Random episodeRandom = new Random(random.nextLong());
            arrivals.schedule(() -> {
                started.incrementAndGet();
                pool.submit(() -> {
                    if (!new Episode(region, stats, episodeRandom).run()) {
                        failed.incrementAndGet();
                    }
                });
            }, begin + (long) at - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        arrivals.shutdown();
        arrivals.awaitTermination(duration.toNanos() + TimeUnit.MINUTES.toNanos(1), TimeUnit.NANOSECONDS);
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - begin) / 1e9;
        return new Result(stats, seconds, started.get(), failed.get(), "Poisson arrivals at " + multiple
                + "× the design load (" + String.format("%.2f", perSecond) + " referrals/s)");
    }

    /** {@code workers} people each run episodes back to back for the duration: the hub's maximum throughput. */
    public static Result closedLoop(Region region, Stats stats, int workers, Duration duration)
            throws InterruptedException {
        BackgroundLoad load = new BackgroundLoad(region, stats, workers);
        Thread.sleep(duration.toMillis());
        return load.stop();
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Expected --name value pairs, got " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    public record Result(Stats stats, double seconds, long started, long failed, String mode) {

        public double episodesPerSecond() {
            return stats.episodes() / seconds;
        }

        /** No 5xx, no transport error, every 409 a problem+json, no other 4xx, and every episode closed. */
        public boolean clean() {
            return stats.serverErrors() == 0 && stats.transportErrors() == 0 && stats.uncleanRefusals() == 0
                    && stats.otherErrors() == 0 && failed == 0;
        }

        public String summary() {
            return String.format("%s: %d episodes started, %d closed (%.2f/s over %.0f s), %d failed; %d API calls "
                    + "(%.1f/s); %d refused with 409 (%d not problem+json); %d other 4xx; %d 5xx; %d transport errors",
                    mode, started, stats.episodes(), episodesPerSecond(), seconds, failed, stats.calls(),
                    stats.calls() / seconds, stats.refused(), stats.uncleanRefusals(), stats.otherErrors(),
                    stats.serverErrors(), stats.transportErrors());
        }
    }
}
