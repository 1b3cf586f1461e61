package io.implementa.project.member;

import static io.implementa.project.member.MemberResourceTest.memberJson;
import static io.implementa.project.project.ProjectResourceTest.projectJson;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A membership's audit history: added, role changed, removed, and by whom; still readable after removal. */
@QuarkusTest
class MemberHistoryTest {

    private static String projectManagedBy(String manager) {
        return given().contentType(ContentType.JSON).body(projectJson(uniqueKey()).replace("sub-manager", manager))
                .when().post("/api/v1/projects")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void historyFollowsAMembershipFromAddedToRemoved() {
        String manager = "mgr-" + UUID.randomUUID();
        String token = TestTokens.forUser(manager);
        String projectId = projectManagedBy(manager);
        String members = "/api/v1/projects/" + projectId + "/members";
        String memberId = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(memberJson("dev-" + UUID.randomUUID(), "MEMBER"))
                .when().post(members)
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"role\":\"VIEWER\"}")
                .when().patch(members + "/" + memberId)
                .then().statusCode(200);
        given().auth().oauth2(token).when().delete(members + "/" + memberId).then().statusCode(204);

        given().auth().oauth2(token).when().get(members + "/" + memberId + "/history")
                .then().statusCode(200)
                .body("items.change", contains("DELETED", "UPDATED", "CREATED"))
                .body("items.by.subject", everyItem(equalTo(manager)))
                .body("items.state.role", contains("VIEWER", "VIEWER", "MEMBER"))
                .body("items.state.projectId", everyItem(equalTo(projectId)));
    }

    @Test
    void aMembersHistoryIsNotReadThroughAnotherProject() {
        String manager = "mgr-" + UUID.randomUUID();
        String projectId = projectManagedBy(manager);
        String otherProjectId = projectManagedBy(manager);
        String memberId = given().contentType(ContentType.JSON).body(memberJson("dev-" + UUID.randomUUID(), "MEMBER"))
                .when().post("/api/v1/projects/" + projectId + "/members")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.forUser(manager))
                .when().get("/api/v1/projects/" + otherProjectId + "/members/" + memberId + "/history")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("member " + memberId + " was not found"));
    }

    @Test
    void outsiderGets404ForAMembersHistory() {
        String projectId = projectManagedBy("mgr-" + UUID.randomUUID());
        String memberId = given().contentType(ContentType.JSON).body(memberJson("dev-" + UUID.randomUUID(), "MEMBER"))
                .when().post("/api/v1/projects/" + projectId + "/members")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.forUser("outsider-" + UUID.randomUUID()))
                .when().get("/api/v1/projects/" + projectId + "/members/" + memberId + "/history")
                .then().statusCode(404)
                .body("detail", equalTo("project " + projectId + " was not found"));
    }
}
