package io.implementa.e2e.scaleout;

import static io.implementa.e2e.failure.Reconcile.everyProjectAppliedOnce;
import static io.implementa.e2e.harness.E2e.api;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.implementa.e2e.harness.E2e;
import io.implementa.e2e.harness.E2eTest;
import io.implementa.e2e.harness.Event;
import io.implementa.e2e.harness.Instance;
import io.implementa.e2e.harness.Projects;
import io.implementa.e2e.harness.Service;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two instances each of the notification-service and the risk-service, in one consumer group per service
 * against the same broker and database: both instances of each apply part of the stream, nothing is applied
 * twice, exactly one outbox relay per service is active; stopping one instance hands its partitions to the
 * other, which applies what comes next without loss. Both instances' delivery workers send each e-mail once.
 * A scheduled job running on both instances does its work
 * once.
 */
@E2eTest
class ScaleOutTest {

    private static final int PROJECTS = 60;
    private static final int MAILS = 10;
    private static final List<Service> SCALED = List.of(Service.NOTIFICATION, Service.RISK);
    private static final String PROCESSED = "implementa_consumer_records_total";

    @Test
    void twoInstancesSplitTheWorkApplyEachEventOnceAndOneTakesOverWhenTheOtherStops() {
        Map<Service, List<Instance>> instances = Map.of(
                Service.NOTIFICATION, List.of(E2e.instance(Service.NOTIFICATION), E2e.startInstance(Service.NOTIFICATION)),
                Service.RISK, List.of(E2e.instance(Service.RISK), E2e.startInstance(Service.RISK)));
        for (Service service : SCALED) {
            await(service + " partitions split between two members").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> {
                        List<Integer> members = E2e.consumerGroupMembers(service);
                        return members.size() == 2 && members.stream().allMatch(partitions -> partitions > 0);
                    });
        }
        Map<Instance, Double> processedBefore = processed(instances);

        List<String> ids = new ArrayList<>(Projects.createMany(PROJECTS, "sam", "alice"));
        everyProjectAppliedOnce(ids);

        for (Service service : SCALED) {
            for (Instance instance : instances.get(service)) {
                double applied = processed(instance) - processedBefore.get(instance);
                System.out.printf("scale-out: %s applied %.0f event(s)%n", instance, applied);
                assertTrue(applied > 0, instance + " applied nothing: the work was not split");
            }
            double relays = 0;
            for (Instance instance : instances.get(service)) {
                relays += instance.metric("implementa_outbox_leader");
            }
            assertEquals(1.0, relays, service + ": exactly one active outbox relay");
        }

        // Notifications: both notification-service instances run the delivery worker; each e-mail goes out once.
        String alice = E2e.token("alice");
        List<String> subjects = new ArrayList<>();
        for (String projectId : ids.subList(0, MAILS)) {
            String riskKey = api(Service.RISK, alice).body(Map.of("title", "Interface specs late",
                            "category", "INTEGRATION", "probability", 3, "impact", 4, "owner", E2e.person("alice")))
                    .post("/api/v1/projects/{id}/risks", projectId)
                    .then().statusCode(201).extract().path("key");
            subjects.add("New risk " + riskKey + ": Interface specs late");
        }
        await("an e-mail per risk").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> subjects.stream().allMatch(subject -> mails(subject) >= 1));
        E2e.awaitSettled(Duration.ofSeconds(60));
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> true);
        for (String subject : subjects) {
            assertEquals(1, mails(subject), "e-mails with subject " + subject);
        }

        // The second instances stop (SIGTERM, as a scale-down does) while projects keep coming.
        List<String> more = new ArrayList<>(Projects.createMany(PROJECTS / 2, "sam", "alice"));
        for (Service service : SCALED) {
            instances.get(service).get(1).stop();
        }
        more.addAll(Projects.createMany(PROJECTS / 2, "sam", "alice"));
        for (Service service : SCALED) {
            await(service + " partitions all with the remaining member").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> E2e.consumerGroupMembers(service).size() == 1);
        }
        ids.addAll(more);
        everyProjectAppliedOnce(ids);
        for (Service service : SCALED) {
            Instance remaining = instances.get(service).get(0);
            await(service + ": the remaining instance relays").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> remaining.metric("implementa_outbox_leader") == 1.0);
        }
    }

    @Test
    void aScheduledJobRunningOnTwoInstancesAnnouncesADueRiskReviewOnce() {
        // Both risk-service instances run the review reminder job every second (the harness's setting).
        E2e.startInstance(Service.RISK);
        String projectId = Projects.create("sam", "alice");
        String alice = E2e.token("alice");
        await("register opened").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> api(Service.RISK, alice).get("/api/v1/projects/{id}/risk-register", projectId)
                        .then().statusCode(200));
        var created = api(Service.RISK, alice).body(Map.of("title", "Key users unavailable during UAT",
                        "category", "RESOURCE", "probability", 3, "impact", 3, "owner", E2e.person("alice")))
                .post("/api/v1/projects/{id}/risks", projectId)
                .then().statusCode(201).extract();
        String riskId = created.path("id");

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        api(Service.RISK, alice).body(Map.of("kind", "THREAT", "probability", 3,
                        "impacts", Map.of("schedule", 3, "cost", 2, "scopeQuality", 2),
                        "nextReviewDate", today, "reason", "Review due today"))
                .header("If-Match", created.header("ETag"))
                .post("/api/v1/projects/{id}/risks/{riskId}/assessments", projectId, riskId)
                .then().statusCode(200);

        await("review announced").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> reviewsDue(riskId) >= 1);
        // Many more runs on both instances go by; the review date is still announced once.
        await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(6)).until(() -> true);
        E2e.awaitSettled(Duration.ofSeconds(60));
        assertEquals(1, reviewsDue(riskId));
    }

    private static long mails(String subjectEnd) {
        return E2e.mailbox("alice@example.com").stream().filter(message -> {
            try {
                return message.getSubject().endsWith(subjectEnd);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    private static long reviewsDue(String riskId) {
        return E2e.events(Service.Topics.RISK_EVENTS).stream()
                .filter(event -> event.is("RiskReviewDue") && riskId.equals(event.subject()))
                .map(Event::id)
                .distinct()
                .count();
    }

    private static Map<Instance, Double> processed(Map<Service, List<Instance>> instances) {
        Map<Instance, Double> counts = new java.util.HashMap<>();
        instances.values().forEach(list -> list.forEach(instance -> counts.put(instance, processed(instance))));
        return counts;
    }

    private static double processed(Instance instance) {
        return instance.metric(PROCESSED, "outcome=\"processed\"");
    }
}
