package io.implementa.e2e.failure;

import static io.implementa.e2e.harness.E2e.api;
import static org.hamcrest.Matchers.equalTo;

import io.implementa.e2e.harness.E2e;
import io.implementa.e2e.harness.EventKind;
import io.implementa.e2e.harness.Reconciliation;
import io.implementa.e2e.harness.Service;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/** The checks every failure test ends with: what was produced during the fault was applied exactly once. */
public final class Reconcile {

    private static final Duration RECOVERY = Duration.ofSeconds(90);

    private Reconcile() {
    }

    /**
     * Every project was announced once (ProjectCreated) and applied once by each consumer: the risk-service
     * opened one register (RiskRegisterOpened) and the notification-service built one recipient directory
     * (RecipientDirectoryUpdated); and their APIs agree: every register exists, every project has its sponsor
     * and manager as recipients, once each.
     */
    public static void everyProjectAppliedOnce(Collection<String> projectIds) {
        long start = System.nanoTime();
        List<Reconciliation.Report> reports = E2e.reconcile(projectIds, RECOVERY, EventKind.PROJECT_CREATED,
                EventKind.RISK_REGISTER_OPENED, EventKind.RECIPIENT_DIRECTORY_UPDATED);
        String admin = E2e.adminToken();
        for (String id : projectIds) {
            api(Service.RISK, admin).get("/api/v1/projects/{id}/risk-register", id)
                    .then().statusCode(200).body("projectId", equalTo(id));
            api(Service.NOTIFICATION, admin).get("/api/v1/projects/{id}/recipients", id)
                    .then().statusCode(200).header("X-Total-Count", "2");
        }
        System.out.printf("reconciled in %d ms: %s%n", (System.nanoTime() - start) / 1_000_000,
                reports.stream().map(Reconciliation.Report::describe).toList());
    }
}
