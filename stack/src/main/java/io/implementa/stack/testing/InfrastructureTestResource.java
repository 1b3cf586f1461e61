package io.implementa.stack.testing;

import java.util.HashMap;
import java.util.Map;

import io.implementa.stack.ServerLogging;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a service's {@code @QuarkusTest}s a real PostgreSQL database and a real Kafka broker,
 * without Docker (see {@link TestInfrastructure} for how, and for using external servers).
 *
 * <p>Declare it once per test module, on any one test class:
 * <pre>{@code
 * @QuarkusTest
 * @QuarkusTestResource(value = InfrastructureTestResource.class,
 *         initArgs = @ResourceArg(name = "database", value = "project"))
 * class ProjectResourceTest { ... }
 * }</pre>
 * {@code @QuarkusTestResource} with its default {@code restrictToAnnotatedClass = false} applies
 * to every test class of the module, so Quarkus boots once and all tests share the servers
 * ({@code @WithTestResource} is the newer annotation, but Quarkus 3.37 still advises against it).
 * Each {@code @TestProfile} restarts Quarkus, and with it these servers (a few seconds): use
 * profiles sparingly.
 *
 * <p>The service must disable Dev Services ({@code quarkus.devservices.enabled=false} in its
 * {@code application.properties}): Quarkus decides on them while building the application,
 * before test resources run, and without Docker they fail the build.
 *
 * <p>The init arg {@code database} names the service's own database, created if missing. The
 * returned configuration sets {@code quarkus.datasource.jdbc.url}, {@code .username},
 * {@code .password} and {@code kafka.bootstrap.servers} (through the proxies, so that outage
 * tests affect the service), and quiets the broker's and the Kafka clients' logging.
 */
public class InfrastructureTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE_ARG = "database";

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get(DATABASE_ARG);
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("InfrastructureTestResource needs the init arg '" + DATABASE_ARG
                    + "', e.g. initArgs = @ResourceArg(name = \"database\", value = \"project\")");
        }
    }

    @Override
    public Map<String, String> start() {
        TestInfrastructure.acquire();
        TestInfrastructure.createDatabaseIfMissing(database);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", TestInfrastructure.jdbcUrl(database));
        config.put("quarkus.datasource.username", TestInfrastructure.username());
        config.put("quarkus.datasource.password", TestInfrastructure.password());
        config.put("kafka.bootstrap.servers", TestInfrastructure.bootstrapServers());
        // The services verify test tokens as they would an identity provider's (TestTokens signs them).
        config.put("mp.jwt.verify.publickey", TestTokens.keys().publicKeyPem());
        config.put("mp.jwt.verify.issuer", TestTokens.ISSUER);
        // Quarkus applies its own log configuration on start, replacing ServerLogging's.
        config.putAll(ServerLogging.asQuarkusConfig());
        return config;
    }

    @Override
    public void stop() {
        TestInfrastructure.release();
    }
}
