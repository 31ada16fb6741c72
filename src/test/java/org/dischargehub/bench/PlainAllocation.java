package org.dischargehub.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.dischargehub.support.Race;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The least a transactional bed allocation does, in plain JDBC on the hub's own server and pool: read the best free
 * bed, take it with a guarded update (someone else took it: read again), mark the person's referral, write one
 * history row, commit. Its own tables in a schema of its own, so the hub's data is untouched. The baseline the hub's
 * allocation is measured against, in the same run.
 */
final class PlainAllocation {

    private final DataSource dataSource;
    private final AtomicInteger nextPerson = new AtomicInteger();

    private PlainAllocation(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    static PlainAllocation create(DataSource dataSource, int beds, int people) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("""
                create schema plain;
                create table plain.bed (id int primary key, free_since timestamptz not null, holder int,
                    version int not null default 0);
                create index plain_bed_free on plain.bed (free_since, id) where holder is null;
                create table plain.referral (id int primary key, status text not null, bed int);
                create table plain.history (id bigserial primary key, referral int not null, at timestamptz not null,
                    what text not null)""");
        jdbc.update("insert into plain.bed (id, free_since) select b, now() from generate_series(1, ?) b", beds);
        jdbc.update("insert into plain.referral (id, status) select r, 'AWAITING_CAPACITY' from generate_series(1, ?) r",
                people);
        jdbc.execute("vacuum analyze plain.bed");
        jdbc.execute("vacuum analyze plain.referral");
        return new PlainAllocation(dataSource);
    }

    /** {@code allocations} committed by {@code callers} at once, each for a person of its own. */
    Window window(ExecutorService pool, int callers, int allocations) throws Exception {
        AtomicInteger left = new AtomicInteger(allocations);
        AtomicLong collisions = new AtomicLong();
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        long begin = System.nanoTime();
        Race.on(pool, callers, i -> () -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                while (left.getAndDecrement() > 0) {
                    long start = System.nanoTime();
                    collisions.addAndGet(allocate(connection, nextPerson.incrementAndGet()));
                    nanos.add(System.nanoTime() - start);
                }
            }
            return null;
        });
        return new Window(allocations / ((System.nanoTime() - begin) / 1e9), nanos, collisions.get());
    }

    /** One allocation in one transaction; the times another caller took the best bed first. */
    private static int allocate(Connection connection, int referral) throws SQLException {
        int collisions = 0;
        try (PreparedStatement best = connection.prepareStatement(
                "select id from plain.bed where holder is null order by free_since, id limit 1");
                PreparedStatement take = connection.prepareStatement(
                        "update plain.bed set holder = ?, version = version + 1 where id = ? and holder is null");
                PreparedStatement mark = connection.prepareStatement(
                        "update plain.referral set status = 'BED_RESERVED', bed = ? where id = ?");
                PreparedStatement history = connection.prepareStatement(
                        "insert into plain.history (referral, at, what) values (?, ?, 'BED_RESERVED')")) {
            while (true) {
                int bed;
                try (ResultSet row = best.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("the plain pool ran out of beds");
                    }
                    bed = row.getInt(1);
                }
                take.setInt(1, referral);
                take.setInt(2, bed);
                if (take.executeUpdate() == 1) {
                    mark.setInt(1, bed);
                    mark.setInt(2, referral);
                    mark.executeUpdate();
                    history.setInt(1, referral);
                    history.setTimestamp(2, Timestamp.from(Instant.now()));
                    history.executeUpdate();
                    connection.commit();
                    return collisions;
                }
                collisions++;
            }
        }
    }

    /** What one measured window came to: committed allocations a second, each one's time, and the collisions. */
    record Window(double perSecond, List<Long> nanos, long collisions) {
    }
}
