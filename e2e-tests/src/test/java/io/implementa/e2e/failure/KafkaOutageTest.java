package io.implementa.e2e.failure;

import static io.implementa.e2e.failure.Reconcile.everyProjectAppliedOnce;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.implementa.e2e.harness.E2e;
import io.implementa.e2e.harness.E2eTest;
import io.implementa.e2e.harness.Projects;
import io.implementa.e2e.harness.Service;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The broker goes away while the project-service keeps taking writes; nothing is lost or applied twice. */
@E2eTest
class KafkaOutageTest {

    private static final int PROJECTS = 60;

    @Test
    void projectsCreatedWhileKafkaIsDownAreDeliveredOnceItReturnsAndAppliedOnce() {
        List<String> ids;
        try (var outage = E2e.kafkaProxy().outage()) {
            // Writes go on: each project and its events commit to the project-service's database (the outbox).
            ids = Projects.createMany(PROJECTS, "sam", "alice");

            // The service stays ready (Kafka is not its database) and says the events are waiting.
            await("project-service sees the broker gone").atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                        var kafka = kafkaCheck(Service.PROJECT);
                        assertEquals("unreachable", kafka.path("data").path("broker").asText());
                        assertTrue(kafka.path("data").path("outboxBacklog").asLong() >= PROJECTS,
                                () -> "outbox backlog " + kafka);
                    });
            assertEquals(200, E2e.readiness(Service.PROJECT));
        }

        everyProjectAppliedOnce(ids);
    }

    private static com.fasterxml.jackson.databind.JsonNode kafkaCheck(Service service) {
        for (var check : E2e.readinessDocument(service).path("checks")) {
            if ("kafka".equals(check.path("name").asText())) {
                return check;
            }
        }
        throw new AssertionError(service + " has no kafka readiness check");
    }
}
