package io.implementa.e2e.failure;

import static io.implementa.e2e.failure.Reconcile.everyProjectAppliedOnce;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.implementa.e2e.harness.E2e;
import io.implementa.e2e.harness.E2eTest;
import io.implementa.e2e.harness.Event;
import io.implementa.e2e.harness.Projects;
import io.implementa.e2e.harness.Service;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A consumer dies with {@code kill -9} while events stream in, and starts again: none lost, none applied twice. */
@E2eTest
class ConsumerKilledTest {

    private static final int PROJECTS = 60;

    @Test
    void riskServiceKilledMidStreamAppliesEveryProjectExactlyOnceAfterRestart() throws Exception {
        List<String> ids = new CopyOnWriteArrayList<>();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            // Projects keep coming while the risk-service applies them, as it is killed a third of the way
            // through, and while it is down.
            Future<?> writing = writer.submit(() -> {
                for (int i = 0; i < PROJECTS; i++) {
                    ids.add(Projects.create("sam", "alice"));
                }
            });
            await("the risk-service applying the stream").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> registersOpened(ids) >= PROJECTS / 3 || writing.isDone());
            E2e.kill(Service.RISK);
            assertFalse(E2e.isRunning(Service.RISK));
            System.out.printf("risk-service killed after %d of %d projects were created, %d applied%n",
                    ids.size(), PROJECTS, registersOpened(ids));

            writing.get(2, TimeUnit.MINUTES);
            assertEquals(PROJECTS, ids.size());
        } finally {
            writer.shutdownNow();
        }

        E2e.restart(Service.RISK);
        everyProjectAppliedOnce(ids);
    }

    private static long registersOpened(List<String> ids) {
        Set<String> wanted = Set.copyOf(ids);
        return E2e.events(Service.Topics.RISK_EVENTS).stream()
                .filter(event -> event.is("RiskRegisterOpened") && wanted.contains(event.key()))
                .map(Event::key)
                .collect(Collectors.toSet())
                .size();
    }
}
