package org.dischargehub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseMajorTest {

    @TempDir
    Path directory;

    @Test
    void a_data_directory_made_by_postgresql_14_is_refused_with_what_to_do_and_left_as_it_was() throws IOException {
        Files.writeString(directory.resolve("PG_VERSION"), "14\n");
        Files.writeString(directory.resolve("postgresql.conf"), "# the old server's\n");

        assertThatThrownBy(() -> EmbeddedDatabaseConfiguration.refuseAnotherMajor(directory))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("made by PostgreSQL 14")
                .hasMessageContaining("PostgreSQL " + EmbeddedDatabaseConfiguration.EMBEDDED_MAJOR)
                .hasMessageContaining("pg_dump")
                .hasMessageContaining("Nothing was changed");
        assertThat(Files.readString(directory.resolve("PG_VERSION"))).isEqualTo("14\n");
        assertThat(Files.readString(directory.resolve("postgresql.conf"))).isEqualTo("# the old server's\n");
    }

    @Test
    void a_new_directory_and_one_of_the_embedded_major_are_opened() throws IOException {
        assertThatCode(() -> EmbeddedDatabaseConfiguration.refuseAnotherMajor(directory)).doesNotThrowAnyException();

        Files.writeString(directory.resolve("PG_VERSION"), EmbeddedDatabaseConfiguration.EMBEDDED_MAJOR + "\n");
        assertThatCode(() -> EmbeddedDatabaseConfiguration.refuseAnotherMajor(directory)).doesNotThrowAnyException();
    }
}
