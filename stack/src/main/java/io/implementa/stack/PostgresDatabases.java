package io.implementa.stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Creates the services' databases on a PostgreSQL server, embedded or external, where the
 * production setup has an init script do it (see {@code deploy/postgres/}).
 */
public final class PostgresDatabases {

    /** Every PostgreSQL server has it; CREATE DATABASE must be run from some database. */
    private static final String MAINTENANCE_DATABASE = "postgres";
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private PostgresDatabases() {
    }

    /** Creates {@code database} unless it exists; safe when several processes try at once. */
    public static void createIfMissing(PostgresServerUrl server, String username, String password, String database) {
        if (!PLAIN_NAME.matcher(database).matches()) {
            // The name goes into DDL, which cannot take it as a bind parameter.
            throw new IllegalArgumentException("Not a plain lower-case database name: " + database);
        }
        String url = server.forDatabase(MAINTENANCE_DATABASE);
        try (Connection connection = DriverManager.getConnection(url, username, password)) {
            if (exists(connection, database)) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + database);
            } catch (SQLException e) {
                // Another process created it between our check and our CREATE: that is fine.
                if (!exists(connection, database)) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database + " via " + url, e);
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
