package io.implementa.e2e.scenario;

import static io.implementa.e2e.harness.E2e.api;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.implementa.e2e.harness.E2e;
import io.implementa.e2e.harness.E2eTest;
import io.implementa.e2e.harness.Projects;
import io.implementa.e2e.harness.Service;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ERP implementation acceptance scenario of issue 12, grown as the services' features land: each step drives
 * the suite through its public APIs and asserts what reached the outside world (the SMTP server the
 * notification-service sends to). Still to come: task assignments driving the over-allocation, gates, timesheets and earned value, the slipped milestone and the status report by e-mail and signed webhook.
 */
@E2eTest
class ErpAcceptanceTest {

    private static final Duration DELIVERY = Duration.ofSeconds(60);

    @Test
    void aRiskIdentifiedInTheErpProjectReachesItsOwnerByEmailOnce() throws Exception {
        String alice = E2e.token("alice");
        String projectId = Projects.create("sam", "alice");
        String key = api(Service.PROJECT, alice).get("/api/v1/projects/{id}", projectId)
                .then().statusCode(200).extract().path("key");
        await("risk register of " + key).atMost(DELIVERY).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                api(Service.RISK, alice).get("/api/v1/projects/{id}/risk-register", projectId).then().statusCode(200));
        await("recipients of " + key).atMost(DELIVERY).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                api(Service.NOTIFICATION, alice).get("/api/v1/projects/{id}/recipients", projectId)
                        .then().statusCode(200).header("X-Total-Count", "2"));

        Map<String, Object> risk = new LinkedHashMap<>();
        risk.put("title", "Legacy customer data fails the new ERP's validation rules");
        risk.put("category", "DATA_MIGRATION");
        risk.put("probability", 4);
        risk.put("impact", 3);
        risk.put("owner", E2e.person("alice"));
        String riskKey = api(Service.RISK, alice).body(risk).post("/api/v1/projects/{id}/risks", projectId)
                .then().statusCode(201).extract().path("key");

        String subject = "[" + key + "] New risk " + riskKey + ": Legacy customer data fails the new ERP's "
                + "validation rules";
        await("e-mail to the risk owner").atMost(DELIVERY).pollInterval(Duration.ofMillis(500))
                .until(() -> mailsWithSubject("alice@example.com", subject).size() >= 1);
        MimeMessage mail = mailsWithSubject("alice@example.com", subject).get(0);
        assertEquals("implementa@e2e.example.com", mail.getFrom()[0].toString());
        E2e.awaitSettled(DELIVERY);
        assertEquals(1, mailsWithSubject("alice@example.com", subject).size(), "one e-mail, not one per delivery try");
        assertTrue(mailsWithSubject("sam@example.com", subject).isEmpty(), "only the owner hears of a new risk");
    }

    @Test
    void aConsultantBookedOnTwoErpProjectsBeyondCapacityIsReportedToTheResourceManagerByEmail() throws Exception {
        String admin = E2e.adminToken();
        String first = Projects.create("sam", "alice");
        String second = Projects.create("sam", "alice");
        String consultant = "bob" + Long.toString(System.nanoTime(), 36);
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("kind", "PERSON");
        resource.put("name", "Bob Consultant");
        resource.put("person", E2e.person(consultant));
        resource.put("manager", E2e.person("rita"));
        String resourceId = api(Service.RESOURCE, admin).body(resource).post("/api/v1/resources")
                .then().statusCode(201).extract().path("id");

        // 60 % of his week on the first project in March, 4 hours a day on the second from mid-March: 110 %.
        api(Service.RESOURCE, admin).body(Map.of("resourceId", resourceId, "projectId", first,
                        "startDate", "2027-03-01", "endDate", "2027-03-31", "percent", 60, "kind", "HARD"))
                .post("/api/v1/allocations").then().statusCode(201);
        api(Service.RESOURCE, admin).body(Map.of("resourceId", resourceId, "projectId", second,
                        "startDate", "2027-03-15", "endDate", "2027-04-30", "hoursPerDay", 4, "kind", "HARD"))
                .post("/api/v1/allocations").then().statusCode(201);

        String subject = "Over-allocation: Bob Consultant from 2027-03-15 to 2027-03-31";
        await("e-mail to the resource manager").atMost(DELIVERY).pollInterval(Duration.ofMillis(500))
                .until(() -> mailsWithSubject("rita@example.com", subject).size() >= 1);
        E2e.awaitSettled(DELIVERY);
        assertEquals(1, mailsWithSubject("rita@example.com", subject).size());
    }

    private static List<MimeMessage> mailsWithSubject(String address, String subject) {
        return E2e.mailbox(address).stream().filter(message -> {
            try {
                return subject.equals(message.getSubject());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
