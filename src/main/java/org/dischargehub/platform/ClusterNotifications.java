package org.dischargehub.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
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
 * Messages between the hub nodes that share one database, over PostgreSQL's LISTEN/NOTIFY. Callers send after their
 * change has committed; one sender thread takes whatever is waiting and sends it as few NOTIFYs as the payload limit
 * allows, each in a transaction of its own. So no changing transaction carries a NOTIFY: PostgreSQL holds one lock,
 * for the whole database, from a notifying transaction's pre-commit until its commit record is flushed, which would
 * make every change wait for every other's flush. A message is lost only if this node stops between a commit and
 * the send, or the send fails; a view then shows the change on its next redraw. Each node listens on one connection of its own, outside the pool (a pooled connection would be handed to other
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
    /** PostgreSQL refuses a NOTIFY payload of 8,000 bytes or more. */
    static final int MAX_PAYLOAD_BYTES = 7_900;

    private final String node = UUID.randomUUID().toString();
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final List<Consumer<String>> receivers = new CopyOnWriteArrayList<>();
    private final List<Runnable> reconnected = new CopyOnWriteArrayList<>();
    private final BlockingQueue<String> outgoing = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private volatile Connection listening;
    private Thread listener;
    private Thread sender;

    public ClusterNotifications(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * Sends {@code message} (one line) to the other nodes, shortly and in the order sent, whatever the caller's
     * transaction does after: call it once the change has committed.
     */
    public void send(String message) {
        if (message.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("A message between nodes is one line");
        }
        outgoing.add(message);
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
        sender = new Thread(this::sendWaiting, "hub-cluster-sender");
        sender.setDaemon(true);
        sender.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        closeQuietly(listening);
        listener.interrupt();
        try {
            sender.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Until stopped, and then until nothing waits: what waits goes out together. */
    private void sendWaiting() {
        while (running || !outgoing.isEmpty()) {
            List<String> waiting = new ArrayList<>();
            try {
                String first = outgoing.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                waiting.add(first);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            outgoing.drainTo(waiting);
            for (String payload : payloads(node, waiting)) {
                try {
                    jdbc.query("select pg_notify(?, ?)", row -> { }, CHANNEL, payload);
                } catch (RuntimeException e) {
                    log.warn("Changes could not be sent to other nodes; their views show them on the next redraw: {}",
                            e.getMessage());
                }
            }
        }
    }

    /** The messages in order, as few payloads as fit under PostgreSQL's limit: the node, then one message a line. */
    static List<String> payloads(String node, List<String> messages) {
        List<String> payloads = new ArrayList<>();
        StringBuilder payload = new StringBuilder();
        int bytes = 0;
        for (String message : messages) {
            int size = message.getBytes(StandardCharsets.UTF_8).length + 1;
            if (payload.length() > 0 && bytes + size > MAX_PAYLOAD_BYTES) {
                payloads.add(payload.toString());
                payload.setLength(0);
            }
            if (payload.length() == 0) {
                payload.append(node).append('|');
                bytes = node.length() + 1;
            } else {
                payload.append('\n');
            }
            payload.append(message);
            bytes += size;
        }
        if (payload.length() > 0) {
            payloads.add(payload.toString());
        }
        return payloads;
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
            for (String message : payload.substring(separator + 1).split("\n")) {
                for (Consumer<String> receiver : receivers) {
                    try {
                        receiver.accept(message);
                    } catch (RuntimeException e) {
                        log.warn("A message from another node could not be handled: {}", message, e);
                    }
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
