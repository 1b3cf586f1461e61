package io.implementa.e2e.failure;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.implementa.e2e.harness.E2e;
import io.implementa.e2e.harness.E2eTest;
import io.implementa.e2e.harness.EventKind;
import io.implementa.e2e.harness.Projects;
import io.implementa.e2e.harness.Reconciliation;
import io.implementa.e2e.harness.Service;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The failure tests' reconciliation really detects loss: with the project-service's outbox bypassed (the
 * test-only switch {@code implementa.outbox.bypass-for-tests}, events sent straight to Kafka after commit), a
 * broker outage loses the events of projects created meanwhile, and the reconciliation fails naming them.
 */
@E2eTest
class ReconciliationDetectsLossTest {

    private static final int PROJECTS = 10;

    @Test
    void withTheOutboxBypassedEventsWrittenDuringABrokerOutageAreLostAndTheReconciliationReportsThemMissing() {
        E2e.restartWith(Service.PROJECT, Map.of("implementa.outbox.bypass-for-tests", "true"));
        assertTrue(kafkaCheckOutbox().startsWith("BYPASSED"), kafkaCheckOutbox());
        // One project while the broker is there: the direct producer knows the topic before the outage.
        String before = Projects.create("sam", "alice");
        E2e.reconcile(List.of(before), Duration.ofSeconds(60), EventKind.PROJECT_CREATED,
                EventKind.RISK_REGISTER_OPENED);

        List<String> ids;
        try (var outage = E2e.kafkaProxy().outage()) {
            ids = Projects.createMany(PROJECTS, "sam", "alice");
            // Every direct send gives up after the send timeout (3 s): those events are gone.
            await("the sends to fail").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> E2e.instance(Service.PROJECT).metric("implementa_outbox_bypass_lost_total")
                            >= PROJECTS);
        }

        AssertionError failure = assertThrows(AssertionError.class, () -> E2e.reconcile(ids, Duration.ofSeconds(15),
                EventKind.PROJECT_CREATED, EventKind.RISK_REGISTER_OPENED));
        assertTrue(failure.getMessage().contains("cause missing " + PROJECTS + " keys"), failure.getMessage());

        Reconciliation.Report report = Reconciliation.compare(ids, "ProjectCreated",
                E2e.events(Service.Topics.PROJECT_EVENTS), "RiskRegisterOpened", E2e.events(Service.Topics.RISK_EVENTS));
        assertEquals(Set.copyOf(ids), report.causeMissing(), report.describe());
        assertEquals(Set.copyOf(ids), report.effectMissing(), report.describe());
        assertEquals(0, report.causeCount());
    }

    private static String kafkaCheckOutbox() {
        for (var check : E2e.readinessDocument(Service.PROJECT).path("checks")) {
            if ("kafka".equals(check.path("name").asText())) {
                return check.path("data").path("outbox").asText();
            }
        }
        throw new AssertionError("project-service has no kafka readiness check");
    }
}
