package org.dischargehub.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Messages between the hub nodes that share one database, over PostgreSQL's LISTEN/NOTIFY. A message sent inside a
 * transaction reaches the other nodes only if and when it commits, because PostgreSQL delivers a NOTIFY on commit.
 * Each node listens on one connection of its own, outside the pool (a pooled connection would be handed to other
 * work and lose its LISTEN), in a daemon thread that reconnects when the connection drops. A node never receives
 * its own messages.
 */
@Component
public class ClusterNotifications implements SmartLifecycle {

    public static final String CHANNEL = "hub_changes";
    public static final String LISTENER_NAME = "discharge-hub-live-updates";

    private static final Logger log = LoggerFactory.getLogger(ClusterNotifications.class);
    private static final int POLL_MILLIS = 10_000;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final String node = UUID.randomUUID().toString();
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final List<Consumer<String>> receivers = new CopyOnWriteArrayList<>();
    private final List<Runnable> reconnected = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private volatile Connection listening;
    private Thread listener;

    public ClusterNotifications(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Sends {@code message} to the other nodes once the current transaction commits (at once without one). */
    public void send(String message) {
        jdbc.query("select pg_notify(?, ?)", row -> { }, CHANNEL, node + "|" + message);
    }

    /** Calls {@code receiver}, on the listening thread, with each message another node sent. */
    public void onReceive(Consumer<String> receiver) {
        receivers.add(receiver);
    }

    /**
     * Calls {@code listener}, on the listening thread, each time listening resumes after the connection dropped:
     * whatever other nodes sent in between was lost.
     */
    public void onReconnect(Runnable listener) {
        reconnected.add(listener);
    }

    @Override
    public synchronized void start() {
        running = true;
        listener = new Thread(this::listen, "hub-cluster-notifications");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        closeQuietly(listening);
        listener.interrupt();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        Duration backoff = Duration.ofSeconds(1);
        boolean dropped = false;
        while (running) {
            try (Connection connection = connect()) {
                listening = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                backoff = Duration.ofSeconds(1);
                if (dropped) {
                    dropped = false;
                    log.info("Live updates from other nodes resumed");
                    reconnected.forEach(ClusterNotifications::runQuietly);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(POLL_MILLIS);
                    if (received == null || received.length == 0) {
                        checkAlive(connection);
                    } else {
                        deliver(received);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                dropped = true;
                if (running) {
                    log.warn("Live updates from other nodes paused, reconnecting in {}: {}", backoff, e.getMessage());
                    sleep(backoff);
                    backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                }
            }
        }
    }

    private Connection connect() throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        Properties properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("ApplicationName", LISTENER_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(pool.getJdbcUrl(), properties);
    }

    /** A silent network failure never ends the wait for notifications: a query finds it. */
    private static void checkAlive(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("select 1");
        }
    }

    private void deliver(PGNotification[] received) {
        for (PGNotification notification : received) {
            String payload = notification.getParameter();
            int separator = payload.indexOf('|');
            if (separator < 0 || payload.substring(0, separator).equals(node)) {
                continue;
            }
            String message = payload.substring(separator + 1);
            for (Consumer<String> receiver : receivers) {
                try {
                    receiver.accept(message);
                } catch (RuntimeException e) {
                    log.warn("A message from another node could not be handled: {}", message, e);
                }
            }
        }
    }

    private static void runQuietly(Runnable listener) {
        try {
            listener.run();
        } catch (RuntimeException e) {
            log.warn("A listener for resumed live updates failed", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("Closing the listening connection failed", e);
            }
        }
    }
}
