package io.implementa.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps the Kubernetes manifests under {@code deploy/kubernetes} in step with the services (docs/deployment.md):
 * each service has a Deployment, a Service and a PodDisruptionBudget, listens on its own port, probes its health
 * endpoints and connects to its own database.
 */
class KubernetesManifestsTest {

    private static final Path DIRECTORY = Path.of("..").toAbsolutePath().normalize().resolve("deploy/kubernetes");
    private static final Map<String, Integer> SERVICE_PORTS = Map.of(
            "project-service", 8081, "risk-service", 8082, "resource-service", 8083, "notification-service", 8084);
    private static final Map<String, String> DATABASES = Map.of(
            "project-service", "project", "risk-service", "risk", "resource-service", "resource",
            "notification-service", "notification");

    @ParameterizedTest
    @ValueSource(strings = {"project-service", "risk-service", "resource-service", "notification-service"})
    void eachServiceHasADeploymentServiceAndDisruptionBudget(String name) throws IOException {
        List<JsonNode> documents = documents(name);

        assertEquals(List.of("Deployment", "Service", "PodDisruptionBudget"),
                documents.stream().map(document -> document.path("kind").asText()).toList());
        documents.forEach(document -> assertEquals(name, document.path("metadata").path("name").asText()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"project-service", "risk-service", "resource-service", "notification-service"})
    void eachDeploymentListensOnItsPortProbesItsHealthAndUsesItsDatabase(String name) throws IOException {
        JsonNode container = kind(name, "Deployment").path("spec").path("template").path("spec")
                .path("containers").get(0);
        int port = SERVICE_PORTS.get(name);

        assertEquals(port, container.path("ports").get(0).path("containerPort").asInt());
        assertEquals(String.valueOf(port), env(container, "QUARKUS_HTTP_PORT").orElseThrow());
        assertTrue(env(container, "QUARKUS_DATASOURCE_JDBC_URL").orElseThrow().endsWith("/" + DATABASES.get(name)));
        assertEquals("/q/health/ready", container.path("readinessProbe").path("httpGet").path("path").asText());
        assertEquals("/q/health/live", container.path("livenessProbe").path("httpGet").path("path").asText());
        assertEquals(port, kind(name, "Service").path("spec").path("ports").get(0).path("port").asInt());
        assertFalse(env(container, "IMPLEMENTA_OUTBOX_BYPASS_FOR_TESTS").isPresent(), "never in a deployment");
    }

    private static List<JsonNode> documents(String name) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = new YAMLMapper().readerFor(JsonNode.class)
                .readValues(DIRECTORY.resolve(name + ".yaml").toFile())) {
            while (it.hasNext()) {
                documents.add(it.next());
            }
        }
        return documents;
    }

    private static JsonNode kind(String name, String kind) throws IOException {
        return documents(name).stream().filter(document -> kind.equals(document.path("kind").asText())).findFirst()
                .orElseThrow(() -> new AssertionError(name + ".yaml has no " + kind));
    }

    private static Optional<String> env(JsonNode container, String variable) {
        return StreamSupport.stream(container.path("env").spliterator(), false)
                .filter(entry -> variable.equals(entry.path("name").asText()))
                .map(entry -> entry.path("value").asText())
                .findFirst();
    }
}
