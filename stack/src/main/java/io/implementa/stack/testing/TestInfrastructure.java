package io.implementa.stack.testing;

import java.util.Map;

import io.implementa.stack.EmbeddedKafka;
import io.implementa.stack.EmbeddedPostgres;
import io.implementa.stack.FreePorts;
import io.implementa.stack.PostgresDatabases;
import io.implementa.stack.PostgresServerUrl;
import io.implementa.stack.ServerLogging;
import io.implementa.stack.TcpProxy;

/**
 * The PostgreSQL server and Kafka broker that the tests share, and the proxies in front of them
 * that outage tests cut and restore.
 *
 * <p>By default both are embedded: started on first use, and stopped when the last
 * {@link InfrastructureTestResource} using them stops or else when the JVM exits. The
 * environment can point tests at external servers instead, each independently:
 * <ul>
 *   <li>{@code KAFKA_BOOTSTRAP_SERVERS}: an external broker (it must let the services create
 *       their topics);</li>
 *   <li>{@code IMPLEMENTA_TEST_JDBC_URL}, e.g. {@code jdbc:postgresql://localhost:5432}: an
 *       external PostgreSQL server (any database in the URL is replaced by the one a test
 *       asks for), with {@code IMPLEMENTA_TEST_DB_USER} and {@code IMPLEMENTA_TEST_DB_PASSWORD}
 *       (default {@code postgres}/{@code postgres}); that user needs CREATEDB.</li>
 * </ul>
 * An external server has no proxy, so outage tests cannot run against it: they should begin
 * with {@code assumeTrue(TestInfrastructure.proxiesAvailable())}.
 *
 * <p>The state is static, but Quarkus loads test classes, and so this class, in a class loader
 * of each application it starts. Within one Quarkus application (all tests without a
 * {@code @TestProfile}) everything is shared; each {@code @TestProfile} gets servers of its own.
 */
public final class TestInfrastructure {

    static final String KAFKA_ENV = "KAFKA_BOOTSTRAP_SERVERS";
    static final String JDBC_URL_ENV = "IMPLEMENTA_TEST_JDBC_URL";
    static final String DB_USER_ENV = "IMPLEMENTA_TEST_DB_USER";
    static final String DB_PASSWORD_ENV = "IMPLEMENTA_TEST_DB_PASSWORD";

    private static Database database;
    private static Broker broker;
    private static Thread shutdownHook;
    private static int resourceUsers;

    private TestInfrastructure() {
    }

    /**
     * A PostgreSQL server as tests reach it: {@code url} through the proxy, {@code directUrl}
     * around it. {@code proxy} is null and {@code stop} does nothing for an external server.
     */
    private record Database(PostgresServerUrl url, PostgresServerUrl directUrl, String username, String password,
                            TcpProxy proxy, Runnable stop) {
    }

    /** A Kafka broker as tests reach it; {@code proxy} is null for an external broker. */
    private record Broker(String bootstrapServers, TcpProxy proxy, Runnable stop) {
    }

    /** Starts whatever is not running yet; later calls return at once. */
    public static synchronized void start() {
        start(System.getenv());
    }

    static synchronized void start(Map<String, String> environment) {
        ServerLogging.quiet();
        if (shutdownHook == null) {
            shutdownHook = new Thread(TestInfrastructure::stopServers, "test-infrastructure-stop");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        if (broker == null) {
            broker = isSet(environment, KAFKA_ENV)
                    ? new Broker(environment.get(KAFKA_ENV), null, () -> { })
                    : startEmbeddedBroker();
        }
        if (database == null) {
            database = isSet(environment, JDBC_URL_ENV)
                    ? externalDatabase(environment)
                    : startEmbeddedDatabase();
        }
    }

    private static boolean isSet(Map<String, String> environment, String variable) {
        String value = environment.get(variable);
        return value != null && !value.isBlank();
    }

    /** Starts the servers for a test resource, which must {@link #release()} them when it stops. */
    static synchronized void acquire() {
        start();
        resourceUsers++;
    }

    /**
     * Stops the servers once no test resource uses them. Quarkus stops test resources before it
     * discards the class loader of their application, which the broker's threads run in.
     */
    static synchronized void release() {
        resourceUsers--;
        if (resourceUsers <= 0) {
            resourceUsers = 0;
            stopServers();
            if (shutdownHook != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(shutdownHook);
                } catch (IllegalStateException e) {
                    // The JVM is already shutting down: the hook runs anyway and finds nothing to stop.
                }
                shutdownHook = null;
            }
        }
    }

    private static synchronized void stopServers() {
        if (broker != null) {
            broker.stop().run();
            broker = null;
        }
        if (database != null) {
            database.stop().run();
            database = null;
        }
    }

    private static Database externalDatabase(Map<String, String> environment) {
        PostgresServerUrl url = PostgresServerUrl.parse(environment.get(JDBC_URL_ENV));
        return new Database(url, url,
                environment.getOrDefault(DB_USER_ENV, EmbeddedPostgres.USERNAME),
                environment.getOrDefault(DB_PASSWORD_ENV, EmbeddedPostgres.PASSWORD),
                null, () -> { });
    }

    private static Database startEmbeddedDatabase() {
        EmbeddedPostgres postgres = EmbeddedPostgres.start(EmbeddedPostgres.Options.forTests());
        TcpProxy proxy = TcpProxy.start("localhost", postgres.port());
        return new Database(PostgresServerUrl.of(proxy.host(), proxy.port()), postgres.serverUrl(),
                postgres.username(), postgres.password(), proxy, () -> {
                    proxy.close();
                    postgres.close();
                });
    }

    private static Broker startEmbeddedBroker() {
        // The proxy's port must be known first: the broker advertises it to every client.
        int brokerPort = FreePorts.find();
        TcpProxy proxy = TcpProxy.start("127.0.0.1", brokerPort);
        EmbeddedKafka kafka;
        try {
            kafka = EmbeddedKafka.start(new EmbeddedKafka.Options(brokerPort, null, proxy.address()));
        } catch (RuntimeException e) {
            proxy.close();
            throw e;
        }
        return new Broker(kafka.bootstrapServers(), proxy, () -> {
            proxy.close();
            kafka.close();
        });
    }

    /** Whether both servers are embedded, so that tests can cut and restore their proxies. */
    public static synchronized boolean proxiesAvailable() {
        requireStarted();
        return database.proxy() != null && broker.proxy() != null;
    }

    /** The proxy every client of the shared broker goes through. */
    public static synchronized TcpProxy kafkaProxy() {
        requireStarted();
        if (broker.proxy() == null) {
            throw new IllegalStateException("Kafka is external (" + KAFKA_ENV + "): there is no proxy to cut");
        }
        return broker.proxy();
    }

    /** The proxy every connection to the shared PostgreSQL server goes through. */
    public static synchronized TcpProxy postgresProxy() {
        requireStarted();
        if (database.proxy() == null) {
            throw new IllegalStateException("PostgreSQL is external (" + JDBC_URL_ENV + "): there is no proxy to cut");
        }
        return database.proxy();
    }

    public static synchronized String bootstrapServers() {
        requireStarted();
        return broker.bootstrapServers();
    }

    /** The JDBC URL of {@code databaseName}, through the proxy when there is one. */
    public static synchronized String jdbcUrl(String databaseName) {
        requireStarted();
        return database.url().forDatabase(databaseName);
    }

    public static synchronized String username() {
        requireStarted();
        return database.username();
    }

    public static synchronized String password() {
        requireStarted();
        return database.password();
    }

    /** Creates {@code databaseName} unless it exists; bypasses the proxy, so it works during an outage. */
    public static synchronized void createDatabaseIfMissing(String databaseName) {
        requireStarted();
        PostgresDatabases.createIfMissing(database.directUrl(), database.username(), database.password(),
                databaseName);
    }

    private static void requireStarted() {
        if (database == null || broker == null) {
            throw new IllegalStateException("Test infrastructure not started: annotate a test class with "
                    + "@QuarkusTestResource(InfrastructureTestResource.class) or call TestInfrastructure.start()");
        }
    }
}
