package org.dischargehub.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real PostgreSQL migrated only up to an older version, to prove what a later migration does to the data it finds
 * there: seed it as that version's schema allows, then {@link #migrateTo} the version under test.
 */
public final class OlderDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private OlderDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** A fresh database with the hub's migrations up to and including {@code version}. */
    public static OlderDatabase at(String version) throws IOException {
        OlderDatabase older = new OlderDatabase(EmbeddedPostgres.builder().start());
        older.migrateTo(version);
        return older;
    }

    public void migrateTo(String version) {
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).schemas("hub").defaultSchema("hub")
                .locations("classpath:db/migration").target(version).load().migrate();
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(postgres.getPostgresDatabase());
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
