package io.implementa.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the local run of the suite is configured to use, read from the environment that
 * {@code ./suite} passes on (each variable is documented there and in the README).
 *
 * @param localDirectory    where data, logs and the status file live ({@code .local})
 * @param postgresPort      port of the embedded PostgreSQL server
 * @param externalPostgres  base JDBC URL of a PostgreSQL server to use instead, if any
 * @param postgresUser      user for an external server
 * @param postgresPassword  password for an external server
 * @param kafkaPort         port of the embedded Kafka broker
 * @param externalKafka     bootstrap servers of a Kafka cluster to use instead, if any
 * @param databases         one database per service, created if missing
 */
public record LocalSettings(Path localDirectory, int postgresPort, Optional<PostgresServerUrl> externalPostgres,
                            String postgresUser, String postgresPassword, int kafkaPort,
                            Optional<String> externalKafka, List<String> databases) {

    public static final List<String> SERVICE_DATABASES = List.of("project", "risk", "resource", "notification");

    public static LocalSettings fromEnvironment(Map<String, String> env) {
        return new LocalSettings(
                Path.of(env.getOrDefault("IMPLEMENTA_LOCAL_DIR", ".local")).toAbsolutePath(),
                port(env, "IMPLEMENTA_POSTGRES_PORT", 5433),
                Optional.ofNullable(blankToNull(env.get("IMPLEMENTA_POSTGRES_URL"))).map(PostgresServerUrl::parse),
                env.getOrDefault("IMPLEMENTA_POSTGRES_USER", EmbeddedPostgres.USERNAME),
                env.getOrDefault("IMPLEMENTA_POSTGRES_PASSWORD", EmbeddedPostgres.PASSWORD),
                port(env, "IMPLEMENTA_KAFKA_PORT", 9092),
                Optional.ofNullable(blankToNull(env.get("IMPLEMENTA_KAFKA_BOOTSTRAP_SERVERS"))),
                SERVICE_DATABASES);
    }

    private static int port(Map<String, String> env, String name, int defaultPort) {
        String value = blankToNull(env.get(name));
        if (value == null) {
            return defaultPort;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a port number: " + value, e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public Path postgresDataDirectory() {
        return localDirectory.resolve("postgres");
    }

    public Path kafkaLogDirectory() {
        return localDirectory.resolve("kafka");
    }

    public Path logDirectory() {
        return localDirectory.resolve("logs");
    }

    /** The status file: shell-sourceable settings for the services, present while ready. */
    public Path statusFile() {
        return localDirectory.resolve("infra.env");
    }
}
