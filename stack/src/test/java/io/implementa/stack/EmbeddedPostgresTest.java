package io.implementa.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresTest {

    @Test
    void keepsDatabasesAndDataAcrossRestartsOfAPersistentServer(@TempDir Path directory) throws SQLException {
        Path data = directory.resolve("postgres");
        int port = FreePorts.find();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(EmbeddedPostgres.Options.persistent(port, data, null))) {
            postgres.createDatabaseIfMissing("inventory");
            postgres.createDatabaseIfMissing("inventory");
            execute(postgres, "inventory", "CREATE TABLE item (name text); INSERT INTO item VALUES ('bolt')");
        }

        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(EmbeddedPostgres.Options.persistent(port, data, null))) {
            assertEquals(port, postgres.port());
            assertEquals("bolt", queryString(postgres, "inventory", "SELECT name FROM item"));
        }
    }

    @Test
    void refusesDatabaseNamesThatAreNotPlainIdentifiers() {
        assertThrows(IllegalArgumentException.class, () -> PostgresDatabases.createIfMissing(
                PostgresServerUrl.of("localhost", 1), "u", "p", "x; DROP DATABASE y"));
    }

    private static void execute(EmbeddedPostgres postgres, String database, String sql) throws SQLException {
        try (Connection connection = connect(postgres, database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String queryString(EmbeddedPostgres postgres, String database, String sql) throws SQLException {
        try (Connection connection = connect(postgres, database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Connection connect(EmbeddedPostgres postgres, String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
    }
}
