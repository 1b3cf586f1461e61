package io.implementa.stack;

/**
 * The JDBC URL of a PostgreSQL server with the database left open, so that one setting (such as
 * {@code jdbc:postgresql://db.example:5432}) serves every service's database on that server.
 *
 * @param server the part up to host and port, e.g. {@code jdbc:postgresql://localhost:5432}
 * @param query  connection parameters after {@code ?}, or an empty string
 */
public record PostgresServerUrl(String server, String query) {

    private static final String PREFIX = "jdbc:postgresql://";

    public static PostgresServerUrl of(String host, int port) {
        return new PostgresServerUrl(PREFIX + host + ":" + port, "");
    }

    /** Reads a server URL; a database in it is dropped, connection parameters are kept. */
    public static PostgresServerUrl parse(String jdbcUrl) {
        if (!jdbcUrl.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        int queryStart = jdbcUrl.indexOf('?');
        String query = queryStart < 0 ? "" : jdbcUrl.substring(queryStart + 1);
        String withoutQuery = queryStart < 0 ? jdbcUrl : jdbcUrl.substring(0, queryStart);
        int pathStart = withoutQuery.indexOf('/', PREFIX.length());
        String server = pathStart < 0 ? withoutQuery : withoutQuery.substring(0, pathStart);
        return new PostgresServerUrl(server, query);
    }

    /** The JDBC URL of {@code database} on this server. */
    public String forDatabase(String database) {
        return server + "/" + database + (query.isEmpty() ? "" : "?" + query);
    }
}
