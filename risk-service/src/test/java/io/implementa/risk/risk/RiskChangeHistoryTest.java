package io.implementa.risk.risk;

import static io.implementa.risk.ProjectFeed.WAIT;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.implementa.platform.people.PersonRef;
import io.implementa.risk.ProjectFeed;
import io.implementa.risk.ProjectFeed.Project;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The audit history of risks and risk registers: every committed change, by the member who made it or by the
 * service itself when it followed the project's events.
 */
@QuarkusTest
class RiskChangeHistoryTest {

    static final String RISKS = "/api/v1/projects/{projectId}/risks";
    static final String REGISTER = "/api/v1/projects/{projectId}/risk-register";

    @Inject
    ProjectFeed feed;

    private static String identifyAs(String token, Project project) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(RiskResourceTest.riskJson("Data fails validation", "DATA_MIGRATION", 3, 4))
                .when().post(RISKS, project.id())
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void riskHistoryListsItsIdentificationAndChangesWithTheMemberWhoMadeThem() {
        Project project = feed.openRegister();
        PersonRef member = feed.newMember(project, "MEMBER");
        String token = TestTokens.forUser(member.subject());
        String riskId = identifyAs(token, project);
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"status\":\"CLOSED\",\"reason\":\"The data owner cleansed the records\"}")
                .when().post(RISKS + "/{riskId}/status", project.id(), riskId)
                .then().statusCode(200);

        given().auth().oauth2(token).when().get(RISKS + "/{riskId}/history", project.id(), riskId)
                .then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("items.change", contains("UPDATED", "CREATED"))
                .body("items.by.subject", everyItem(equalTo(member.subject())))
                .body("items.state.status", contains("CLOSED", "IDENTIFIED"))
                .body("items.state.score", everyItem(equalTo(12)));
    }

    @Test
    void outsiderGets404ForARisksHistory() {
        Project project = feed.openRegister();
        String riskId = identifyAs(TestTokens.admin(), project);
        given().auth().oauth2(TestTokens.forUser("outsider-" + UUID.randomUUID()))
                .when().get(RISKS + "/{riskId}/history", project.id(), riskId)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("project " + project.id() + " was not found"));
    }

    @Test
    void riskIsNotReadThroughAnotherProject() {
        Project project = feed.openRegister();
        Project other = feed.openRegister();
        String riskId = identifyAs(TestTokens.admin(), project);
        given().when().get(RISKS + "/{riskId}/history", other.id(), riskId)
                .then().statusCode(404).body("detail", equalTo("risk " + riskId + " was not found"));
    }

    @Test
    void registerHistoryNamesTheServiceAndTheEventItFollowed() {
        Project project = feed.openRegister();
        // Numbering a risk changes the register's row, not what its API shows: no revision for it.
        identifyAs(TestTokens.admin(), project);
        feed.publish(project, feed.updated(project.renamed("ERP roll-out, renamed")));
        PersonRef member = feed.newMember(project, "VIEWER");

        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.forUser(member.subject()))
                .when().get(REGISTER + "/history", project.id())
                .then().statusCode(200)
                .body("items.change", contains("UPDATED", "CREATED"))
                .body("items.by.subject", everyItem(equalTo("system:risk-service")))
                .body("items[0].by.name", containsString("io.implementa.project.ProjectUpdated"))
                .body("items[1].by.name", containsString("io.implementa.project.ProjectCreated"))
                .body("items.state.projectName", contains("ERP roll-out, renamed", project.name())));
    }

    @Test
    void outsiderGets404ForARegistersHistory() {
        Project project = feed.openRegister();
        given().auth().oauth2(TestTokens.forUser("outsider-" + UUID.randomUUID()))
                .when().get(REGISTER + "/history", project.id())
                .then().statusCode(404).contentType("application/problem+json");
    }
}
