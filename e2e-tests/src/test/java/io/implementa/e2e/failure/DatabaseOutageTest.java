package io.implementa.e2e.failure;

import static io.implementa.e2e.failure.Reconcile.everyProjectAppliedOnce;
import static io.implementa.e2e.harness.E2e.api;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.implementa.e2e.harness.E2e;
import io.implementa.e2e.harness.E2eTest;
import io.implementa.e2e.harness.Event;
import io.implementa.e2e.harness.Projects;
import io.implementa.e2e.harness.Service;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** PostgreSQL goes away: services say so at once, and come back by themselves when it returns. */
@E2eTest
class DatabaseOutageTest {

    private static final Duration FAST = Duration.ofSeconds(8);
    private static final String UNAVAILABLE = "https://implementa.io/problems/service-unavailable";

    @Test
    void withoutTheDatabaseRequestsFailFastWith503ReadinessIsDownAndEveryServiceRecoversByItself() {
        String alice = E2e.token("alice");
        String before = Projects.create("sam", "alice");
        awaitRegister(before);

        try (var outage = E2e.postgresProxy().outage()) {
            for (Service service : Service.values()) {
                await(service + " readiness DOWN").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                        .until(() -> E2e.readiness(service) == 503);
                assertEquals(200, E2e.liveness(service), service + " must stay live: restarting it would not help");
            }
            assertEquals("DOWN", E2e.readinessDocument(Service.PROJECT).path("status").asText());

            // Each answers within the configured wait for a connection (5 s), not after a client's timeout.
            assertFast("propose a project", () -> Projects.propose("sam", "alice")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("type", equalTo(UNAVAILABLE)));
            assertFast("read a risk register", () -> api(Service.RISK, alice)
                    .get("/api/v1/projects/{id}/risk-register", before)
                    .then().statusCode(503).contentType("application/problem+json")
                    .body("type", equalTo(UNAVAILABLE)));
            assertFast("list a project's recipients", () -> api(Service.NOTIFICATION, alice)
                    .get("/api/v1/projects/{id}/recipients", before)
                    .then().statusCode(503).contentType("application/problem+json")
                    .body("type", equalTo(UNAVAILABLE)));
        }

        // Nobody restarts anything: readiness comes back on its own.
        for (Service service : Service.values()) {
            await(service + " readiness UP again").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> E2e.readiness(service) == 200);
        }
        String after = Projects.create("sam", "alice");
        everyProjectAppliedOnce(List.of(before, after));
    }

    @Test
    void aConsumerWithoutItsDatabasePausesWithoutDeadLetteringAndCatchesUpOnceItReturns() {
        List<String> ids;
        try (var outage = E2e.postgresProxy(Service.RISK).outage()) {
            await("risk-service readiness DOWN").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                    .until(() -> E2e.readiness(Service.RISK) == 503);
            // Only the risk-service lost its database: the others keep working.
            ids = Projects.createMany(30, "sam", "alice");
            assertEquals(200, E2e.readiness(Service.PROJECT));
            api(Service.RISK, E2e.adminToken()).get("/api/v1/projects/{id}/risk-register", ids.get(0))
                    .then().statusCode(503).contentType("application/problem+json");
        }

        await("risk-service readiness UP again").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> E2e.readiness(Service.RISK) == 200);
        everyProjectAppliedOnce(ids);
        Set<String> wanted = Set.copyOf(ids);
        List<Event> deadLetters = E2e.events(Service.RISK.deadLetterTopic()).stream()
                .filter(event -> wanted.contains(event.key()))
                .toList();
        assertEquals(List.of(), deadLetters, "a database outage is transient: nothing may be dead-lettered");
    }

    private static void assertFast(String what, Runnable request) {
        long start = System.nanoTime();
        request.run();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("during the database outage, %s answered 503 in %d ms%n", what, took.toMillis());
        assertTrue(took.compareTo(FAST) < 0, what + " took " + took);
    }

    private static void awaitRegister(String projectId) {
        await("register of " + projectId).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> api(Service.RISK, E2e.adminToken())
                        .get("/api/v1/projects/{id}/risk-register", projectId)
                        .then().statusCode(200));
    }
}
