package io.implementa.e2e.failure;

import static io.implementa.e2e.harness.E2e.api;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.implementa.e2e.harness.E2e;
import io.implementa.e2e.harness.E2eTest;
import io.implementa.e2e.harness.EventKind;
import io.implementa.e2e.harness.Projects;
import io.implementa.e2e.harness.Reconciliation;
import io.implementa.e2e.harness.Service;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Volume through faults: {@code implementa.e2e.volume} projects (1,000 in the test command; {@code mvn test
 * -De2e.volume=10000} in this module for 10,000) are created by four concurrent clients while the broker is cut
 * for a while and the notification-service is killed with {@code kill -9} and restarted. Afterwards produced =
 * consumed: one ProjectCreated per project, one register and one recipient directory per project, each applied
 * once.
 */
@E2eTest
class VolumeReconciliationTest {

    private static final int PROJECTS = Integer.getInteger("implementa.e2e.volume", 1000);
    private static final int CLIENTS = 4;

    @Test
    void projectsStreamedThroughABrokerOutageAndAConsumerKillReconcileExactly() throws Exception {
        long start = System.nanoTime();
        List<String> ids = Collections.synchronizedList(new ArrayList<>(PROJECTS));
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> writing = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                writing.add(clients.submit(() -> {
                    while (next.getAndIncrement() < PROJECTS) {
                        ids.add(Projects.create("sam", "alice"));
                    }
                }));
            }
            Duration timeout = Duration.ofSeconds(60 + PROJECTS / 10);

            awaitCreated(ids, PROJECTS / 5, timeout);
            try (var outage = E2e.kafkaProxy().outage()) {
                int before = ids.size();
                // The outage lasts while a tenth of the projects are written (at least 3 seconds).
                long cutAt = System.nanoTime();
                awaitCreated(ids, Math.min(PROJECTS, before + PROJECTS / 10), timeout);
                long remaining = 3_000 - (System.nanoTime() - cutAt) / 1_000_000;
                if (remaining > 0) {
                    TimeUnit.MILLISECONDS.sleep(remaining);
                }
                System.out.printf("volume: broker cut while projects %d to %d were created%n", before, ids.size());
            }

            awaitCreated(ids, PROJECTS / 2, timeout);
            E2e.kill(Service.NOTIFICATION);
            int killedAt = ids.size();
            awaitCreated(ids, Math.min(PROJECTS, killedAt + PROJECTS / 10), timeout);
            System.out.printf("volume: notification-service down (kill -9) while projects %d to %d were created%n",
                    killedAt, ids.size());
            E2e.restart(Service.NOTIFICATION);

            for (Future<?> client : writing) {
                client.get(timeout.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            clients.shutdownNow();
        }
        assertEquals(PROJECTS, ids.size());
        long written = System.nanoTime();

        List<Reconciliation.Report> reports = E2e.reconcile(ids, Duration.ofSeconds(120 + PROJECTS / 20),
                EventKind.PROJECT_CREATED, EventKind.RISK_REGISTER_OPENED, EventKind.RECIPIENT_DIRECTORY_UPDATED);
        for (Reconciliation.Report report : reports) {
            assertEquals(PROJECTS, report.causeCount(), report.describe());
            assertEquals(PROJECTS, report.effectCount(), report.describe());
        }
        // The services' own state agrees, on a sample (every id would cost two requests each).
        String admin = E2e.adminToken();
        for (String id : ids.subList(0, Math.min(ids.size(), 50))) {
            api(Service.RISK, admin).get("/api/v1/projects/{id}/risk-register", id)
                    .then().statusCode(200).body("projectId", equalTo(id));
            api(Service.NOTIFICATION, admin).get("/api/v1/projects/{id}/recipients", id)
                    .then().statusCode(200).header("X-Total-Count", "2");
        }
        System.out.printf("volume: %d projects (%d events produced, %d effects) written in %d s, reconciled %d s "
                + "later: %s%n", PROJECTS, PROJECTS, 2L * PROJECTS, (written - start) / 1_000_000_000,
                (System.nanoTime() - written) / 1_000_000_000,
                reports.stream().map(Reconciliation.Report::describe).toList());
    }

    private static void awaitCreated(List<String> ids, int count, Duration timeout) {
        await(count + " projects created").atMost(timeout).pollInterval(Duration.ofMillis(50))
                .until(() -> ids.size() >= count);
    }
}
