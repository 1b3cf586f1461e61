package io.implementa.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps the root {@code docker-compose.yml} valid and in step with the code it deploys: the
 * services' ports, their databases and the init script that creates them.
 *
 * <p>{@code compose-spec.json} is the Compose specification's own JSON schema, copied unchanged
 * from {@code schema/compose-spec.json} of github.com/compose-spec/compose-spec (Apache License
 * 2.0, commit 170098ba07d9); replace it from there to follow a newer specification.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Map<String, Integer> SERVICE_PORTS = Map.of(
            "project-service", 8081, "risk-service", 8082, "resource-service", 8083, "notification-service", 8084);
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/(\\w+)");
    private static final Pattern CREATE_DATABASE = Pattern.compile("(?im)^\\s*CREATE\\s+DATABASE\\s+(\\w+)");

    private static JsonNode compose;

    @BeforeAll
    static void readCompose() throws IOException {
        compose = new YAMLMapper().readTree(ROOT.resolve("docker-compose.yml").toFile());
    }

    @Test
    void followsTheComposeSpecification() throws IOException {
        JsonNode schemaJson;
        try (InputStream in = DockerComposeTest.class.getResourceAsStream("/compose-spec.json")) {
            schemaJson = new ObjectMapper().readTree(in);
        }
        // Its $schema names draft 07 by an address the validator would try to download; the
        // dialect is given here instead, so the test needs no network.
        ((ObjectNode) schemaJson).remove("$schema");
        // Its relative $id needs a base to resolve against.
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(SchemaLocation.of("classpath:compose-spec.json"), schemaJson);

        List<Error> errors = schema.validate(compose);

        assertTrue(errors.isEmpty(), () -> "docker-compose.yml breaks the Compose specification:\n"
                + errors.stream().map(Error::toString).collect(Collectors.joining("\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"project-service", "risk-service", "resource-service", "notification-service"})
    void publishesEachServiceOnThePortItListensOn(String name) throws IOException {
        JsonNode service = service(name);
        int port = SERVICE_PORTS.get(name);

        assertEquals(String.valueOf(port), environment(service, "QUARKUS_HTTP_PORT"));
        assertEquals(List.of(port + ":" + port), texts(service.path("ports")));
        applicationProperty(name, "quarkus.http.port")
                .ifPresent(configured -> assertEquals(String.valueOf(port), configured,
                        name + "'s application.properties disagrees on the port"));
        assertTrue(Files.readString(dockerfile(name)).contains("EXPOSE " + port), name + "'s Dockerfile exposes another port");
    }

    @ParameterizedTest
    @ValueSource(strings = {"project-service", "risk-service", "resource-service", "notification-service"})
    void givesEachServiceItsOwnDatabaseCreatedByTheInitScript(String name) throws IOException {
        Matcher url = jdbcUrl(service(name));
        String database = url.group(3);

        assertEquals("postgres", url.group(1));
        assertEquals("5432", url.group(2));
        assertEquals(name.replace("-service", ""), database);
        assertTrue(databasesCreatedByInitScript().contains(database), "the init script does not create " + database);
        assertEquals(environment(service("postgres"), "POSTGRES_USER"),
                environment(service(name), "QUARKUS_DATASOURCE_USERNAME"));
        assertEquals(environment(service("postgres"), "POSTGRES_PASSWORD"),
                environment(service(name), "QUARKUS_DATASOURCE_PASSWORD"));
        Optional<String> configuredUrl = applicationProperty(name, "quarkus.datasource.jdbc.url");
        if (configuredUrl.isPresent()) {
            Matcher configured = JDBC_URL.matcher(configuredUrl.get());
            assertTrue(configured.find(), "unreadable JDBC URL in " + name + ": " + configuredUrl.get());
            assertEquals(database, configured.group(3), name + "'s application.properties names another database");
        }
    }

    @Test
    void initScriptCreatesNoDatabaseNobodyUses() throws IOException {
        Set<String> used = SERVICE_PORTS.keySet().stream().map(name -> jdbcUrl(service(name)).group(3))
                .collect(Collectors.toSet());

        assertEquals(used, databasesCreatedByInitScript());
    }

    @ParameterizedTest
    @ValueSource(strings = {"project-service", "risk-service", "resource-service", "notification-service"})
    void startsEachServiceOnceItsInfrastructureIsHealthyAndChecksItsReadiness(String name) {
        JsonNode service = service(name);

        for (String dependency : List.of("postgres", "kafka")) {
            assertEquals("service_healthy", service.path("depends_on").path(dependency).path("condition").asText(),
                    name + " must wait for a healthy " + dependency);
            assertFalse(service(dependency).path("healthcheck").path("test").isMissingNode(),
                    dependency + " has no healthcheck");
        }
        String healthcheck = String.join(" ", texts(service.path("healthcheck").path("test")));
        assertTrue(healthcheck.contains("/" + SERVICE_PORTS.get(name)) && healthcheck.contains("/q/health/ready"),
                name + "'s healthcheck does not ask its own readiness endpoint");
    }

    @ParameterizedTest
    @ValueSource(strings = {"project-service", "risk-service", "resource-service", "notification-service"})
    void connectsEachServiceToTheBrokersInternalListener(String name) {
        String bootstrapServers = environment(service(name), "KAFKA_BOOTSTRAP_SERVERS");

        assertEquals("kafka:9092", bootstrapServers);
        assertTrue(environment(service("kafka"), "KAFKA_ADVERTISED_LISTENERS").contains("//" + bootstrapServers),
                "Kafka does not advertise " + bootstrapServers);
    }

    @ParameterizedTest
    @ValueSource(strings = {"project-service", "risk-service", "resource-service", "notification-service"})
    void buildsEachServiceFromItsOwnDockerfile(String name) {
        assertTrue(Files.isRegularFile(dockerfile(name)), "missing " + dockerfile(name));
    }

    @Test
    void namesNoContainerSoServicesCanBeScaled() {
        List<String> named = compose.path("services").properties().stream()
                .filter(service -> service.getValue().has("container_name"))
                .map(Map.Entry::getKey)
                .toList();

        assertEquals(List.of(), named);
    }

    @ParameterizedTest
    @ValueSource(strings = {"project-service", "risk-service", "resource-service", "notification-service"})
    void theScaleOverridePublishesEachReplicaOnAnEphemeralHostPort(String name) throws IOException {
        JsonNode scale = new YAMLMapper().readTree(ROOT.resolve("docker-compose.scale.yml").toFile());
        JsonNode ports = scale.path("services").path(name).path("ports");

        // Only the container port: Compose picks a free host port per replica.
        assertEquals(List.of(String.valueOf(SERVICE_PORTS.get(name))), texts(ports));
        assertFalse(scale.path("services").path(name).has("container_name"));
    }

    private static JsonNode service(String name) {
        JsonNode service = compose.path("services").path(name);
        assertFalse(service.isMissingNode(), "docker-compose.yml has no service " + name);
        return service;
    }

    private static String environment(JsonNode service, String variable) {
        JsonNode value = service.path("environment").path(variable);
        assertFalse(value.isMissingNode(), "no " + variable + " in the environment");
        return value.asText();
    }

    private static Matcher jdbcUrl(JsonNode service) {
        String url = environment(service, "QUARKUS_DATASOURCE_JDBC_URL");
        Matcher matcher = JDBC_URL.matcher(url);
        assertTrue(matcher.matches(), "unexpected JDBC URL " + url);
        return matcher;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static Path dockerfile(String name) {
        JsonNode build = service(name).path("build");
        return ROOT.resolve(build.path("context").asText()).resolve(build.path("dockerfile").asText()).normalize();
    }

    /** The databases of the init script that the postgres service mounts. */
    private static Set<String> databasesCreatedByInitScript() throws IOException {
        String mount = texts(service("postgres").path("volumes")).stream()
                .filter(volume -> volume.contains("/docker-entrypoint-initdb.d/"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("postgres mounts no init script"));
        Path script = ROOT.resolve(mount.substring(0, mount.indexOf(':'))).normalize();
        Matcher matcher = CREATE_DATABASE.matcher(Files.readString(script));
        return matcher.results().map(result -> result.group(1)).collect(Collectors.toSet());
    }

    /** A setting of the service's own configuration, if the service and the setting exist yet. */
    private static Optional<String> applicationProperty(String service, String key) throws IOException {
        Path file = ROOT.resolve(service).resolve("src/main/resources/application.properties");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return Optional.ofNullable(properties.getProperty(key));
    }
}
