package io.implementa.project.gate;

import static io.implementa.project.lifecycle.Lifecycle.addChecklistItem;
import static io.implementa.project.lifecycle.Lifecycle.addMember;
import static io.implementa.project.lifecycle.Lifecycle.changeStatus;
import static io.implementa.project.lifecycle.Lifecycle.project;
import static io.implementa.project.lifecycle.Lifecycle.walk;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.implementa.platform.http.ProblemException;
import io.implementa.project.gate.ChecklistApi.ChecklistItemView;
import io.implementa.project.lifecycle.Lifecycle.People;
import io.implementa.project.project.Project;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChecklistResourceTest {

    @Inject
    ChecklistService checklists;

    private static String checklist(String projectId, String gate) {
        return "/api/v1/projects/" + projectId + "/gates/" + gate + "/checklist";
    }

    @Test
    void addsAnOpenItemToAGateChecklist() {
        People p = project();
        String location = given().contentType(ContentType.JSON).body("{\"text\":\"Charter signed by the sponsor\"}")
                .when().post(checklist(p.projectId(), "START_PLANNING"))
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("text", equalTo("Charter signed by the sponsor"))
                .body("gate", equalTo("START_PLANNING"))
                .body("projectId", equalTo(p.projectId()))
                .body("done", equalTo(false))
                .body("doneBy", nullValue())
                .body("doneAt", nullValue())
                .body("createdAt", notNullValue())
                .extract().header("Location");
        String id = given().when().get(location)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("text", equalTo("Charter signed by the sponsor"))
                .extract().path("id");
        assertEquals(checklist(p.projectId(), "START_PLANNING") + "/" + id,
                location.substring(location.indexOf("/api/")));
    }

    @Test
    void ticksAnItemRecordingWhoAndWhenThenUnticksIt() {
        People p = project();
        String item = checklist(p.projectId(), "START_PLANNING") + "/"
                + addChecklistItem(p.projectId(), "START_PLANNING", "Business case approved");
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"done\":true}")
                .when().patch(item)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("done", equalTo(true))
                .body("doneBy.subject", equalTo("test-admin"))
                .body("doneBy.email", equalTo("test-admin@example.com"))
                .body("doneAt", notNullValue())
                .body("text", equalTo("Business case approved"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"done\":false}")
                .when().patch(item)
                .then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("done", equalTo(false))
                .body("doneBy", nullValue())
                .body("doneAt", nullValue());
    }

    @Test
    void managerTicksAnItemAsThemselves() {
        People p = project();
        String item = checklist(p.projectId(), "START_PLANNING") + "/"
                + addChecklistItem(p.projectId(), "START_PLANNING", "Kick-off held");
        given().auth().oauth2(TestTokens.forUser(p.manager())).contentType(ContentType.JSON)
                .header("If-Match", "*").body("{\"done\":true}")
                .when().patch(item)
                .then().statusCode(200)
                .body("doneBy.subject", equalTo(p.manager()));
    }

    @Test
    void rewordsAnItem() {
        People p = project();
        String item = checklist(p.projectId(), "START_EXECUTION") + "/"
                + addChecklistItem(p.projectId(), "START_EXECUTION", "Plan reviewd");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"text\":\"Plan reviewed\"}")
                .when().patch(item)
                .then().statusCode(200)
                .body("text", equalTo("Plan reviewed"))
                .body("done", equalTo(false));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"text\":null}")
                .when().patch(item)
                .then().statusCode(422).body("errors[0].field", equalTo("text"));
    }

    @Test
    void refusesAStaleOrMissingIfMatch() {
        People p = project();
        String item = checklist(p.projectId(), "START_PLANNING") + "/"
                + addChecklistItem(p.projectId(), "START_PLANNING", "Sponsor briefed");
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body("{\"done\":true}")
                .when().patch(item)
                .then().statusCode(412)
                .body("type", equalTo("https://implementa.io/problems/precondition-failed"));
        given().contentType(ContentType.JSON).body("{\"done\":true}")
                .when().patch(item)
                .then().statusCode(428)
                .body("type", equalTo("https://implementa.io/problems/precondition-required"));
        given().when().get(item).then().body("done", equalTo(false));
    }

    @Test
    void refusesABlankOrOverlongText() {
        People p = project();
        given().contentType(ContentType.JSON).body("{\"text\":\"  \"}")
                .when().post(checklist(p.projectId(), "START_PLANNING"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
        given().contentType(ContentType.JSON).body("{\"text\":\"" + "x".repeat(501) + "\"}")
                .when().post(checklist(p.projectId(), "START_PLANNING"))
                .then().statusCode(422)
                .body("errors[0].field", equalTo("text"));
        given().contentType(ContentType.JSON).body("{\"text\":\"ok\",\"done\":true}")
                .when().post(checklist(p.projectId(), "START_PLANNING"))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("done"));
    }

    @Test
    void listsOneGatesChecklistFilteredByDone() {
        People p = project();
        String first = addChecklistItem(p.projectId(), "START_PLANNING", "First");
        addChecklistItem(p.projectId(), "START_PLANNING", "Second");
        addChecklistItem(p.projectId(), "START_EXECUTION", "Other gate");
        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"done\":true}")
                .when().patch(checklist(p.projectId(), "START_PLANNING") + "/" + first)
                .then().statusCode(200);

        given().when().get(checklist(p.projectId(), "START_PLANNING"))
                .then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("items.text", equalTo(List.of("First", "Second")));
        given().queryParam("done", false).when().get(checklist(p.projectId(), "start_planning"))
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].text", equalTo("Second"));
        given().queryParam("sort", "-text").when().get(checklist(p.projectId(), "START_PLANNING"))
                .then().statusCode(200)
                .body("items[0].text", equalTo("Second"));
        given().queryParam("sort", "owner").when().get(checklist(p.projectId(), "START_PLANNING"))
                .then().statusCode(422)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void anItemIsFoundOnlyUnderItsOwnProjectAndGate() {
        People p = project();
        People other = project();
        String id = addChecklistItem(p.projectId(), "START_PLANNING", "Mine");
        given().when().get(checklist(p.projectId(), "START_EXECUTION") + "/" + id).then().statusCode(404);
        given().when().get(checklist(other.projectId(), "START_PLANNING") + "/" + id).then().statusCode(404);
        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"done\":true}")
                .when().patch(checklist(other.projectId(), "START_PLANNING") + "/" + id)
                .then().statusCode(404)
                .body("detail", equalTo("checklist item " + id + " was not found"));
    }

    @Test
    void unknownProjectOrGateIsRefused() {
        String unknown = UUID.randomUUID().toString();
        given().when().get(checklist(unknown, "START_PLANNING")).then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"text\":\"x\"}")
                .when().post(checklist(unknown, "START_PLANNING")).then().statusCode(404);
        People p = project();
        given().when().get(checklist(p.projectId(), "MONITORING_AND_CONTROL"))
                .then().statusCode(400)
                .body("type", equalTo("https://implementa.io/problems/invalid-parameter"));
    }

    @Test
    void theChecklistOfAPassedGateCannotChange() {
        People p = project();
        String id = addChecklistItem(p.projectId(), "START_PLANNING", "Left open, then waived");
        walk(p.projectId(), "START_PLANNING");
        given().contentType(ContentType.JSON).body("{\"text\":\"Too late\"}")
                .when().post(checklist(p.projectId(), "START_PLANNING"))
                .then().statusCode(409)
                .body("type", equalTo("https://implementa.io/problems/gate-already-passed"));
        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"done\":true}")
                .when().patch(checklist(p.projectId(), "START_PLANNING") + "/" + id)
                .then().statusCode(409)
                .body("detail", containsString("START_PLANNING"));
        addChecklistItem(p.projectId(), "START_EXECUTION", "The next gate's checklist is still open");
    }

    @Test
    void aCancelledProjectsChecklistsCannotChange() {
        People p = project();
        String id = addChecklistItem(p.projectId(), "START_PLANNING", "Never done");
        changeStatus(p.projectId(), "CANCELLED", "Budget withdrawn");
        given().contentType(ContentType.JSON).body("{\"text\":\"x\"}")
                .when().post(checklist(p.projectId(), "START_PLANNING"))
                .then().statusCode(409)
                .body("type", equalTo("https://implementa.io/problems/project-not-editable"));
        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"done\":true}")
                .when().patch(checklist(p.projectId(), "START_PLANNING") + "/" + id)
                .then().statusCode(409)
                .body("type", equalTo("https://implementa.io/problems/project-not-editable"));
    }

    @Test
    void membersReadChecklistsButOnlyManagersChangeThem() {
        People p = project();
        String viewer = "v-" + UUID.randomUUID();
        String member = "t-" + UUID.randomUUID();
        addMember(p.projectId(), viewer, "VIEWER");
        addMember(p.projectId(), member, "MEMBER");
        String item = checklist(p.projectId(), "START_PLANNING") + "/"
                + addChecklistItem(p.projectId(), "START_PLANNING", "Charter signed");
        given().auth().oauth2(TestTokens.forUser(viewer)).when().get(checklist(p.projectId(), "START_PLANNING"))
                .then().statusCode(200).body("totalItems", equalTo(1));
        given().auth().oauth2(TestTokens.forUser(viewer)).when().get(item).then().statusCode(200);
        for (String who : new String[] { viewer, member, p.sponsor() }) {
            given().auth().oauth2(TestTokens.forUser(who)).contentType(ContentType.JSON).body("{\"text\":\"x\"}")
                    .when().post(checklist(p.projectId(), "START_PLANNING"))
                    .then().statusCode(403)
                    .body("type", equalTo("https://implementa.io/problems/forbidden"));
            given().auth().oauth2(TestTokens.forUser(who)).contentType(ContentType.JSON).header("If-Match", "*")
                    .body("{\"done\":true}")
                    .when().patch(item)
                    .then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.forUser(p.manager())).contentType(ContentType.JSON).body("{\"text\":\"y\"}")
                .when().post(checklist(p.projectId(), "START_PLANNING"))
                .then().statusCode(201).header("Location", notNullValue());
    }

    @Test
    void outsidersCannotSeeAChecklist() {
        People p = project();
        String item = checklist(p.projectId(), "START_PLANNING") + "/"
                + addChecklistItem(p.projectId(), "START_PLANNING", "Secret");
        String outsider = TestTokens.forUser("o-" + UUID.randomUUID());
        given().auth().oauth2(outsider).when().get(checklist(p.projectId(), "START_PLANNING")).then().statusCode(404);
        given().auth().oauth2(outsider).when().get(item).then().statusCode(404);
        given().auth().oauth2(outsider).contentType(ContentType.JSON).body("{\"text\":\"x\"}")
                .when().post(checklist(p.projectId(), "START_PLANNING")).then().statusCode(404);
    }

    @Test
    void templatesAddItemsThroughTheService() {
        People p = project();
        ChecklistItemView item = QuarkusTransaction.requiringNew().call(() -> checklists.addChecklistItem(
                Project.findById(UUID.fromString(p.projectId())), Gate.START_EXECUTION, "  Baseline approved  "));
        assertEquals("Baseline approved", item.text());
        given().when().get(checklist(p.projectId(), "START_EXECUTION"))
                .then().statusCode(200)
                .body("items[0].id", equalTo(item.id().toString()))
                .body("items[0].done", equalTo(false));
        ProblemException blank = assertThrows(ProblemException.class, () -> QuarkusTransaction.requiringNew()
                .call(() -> checklists.addChecklistItem(Project.findById(UUID.fromString(p.projectId())),
                        Gate.START_EXECUTION, " ")));
        assertEquals(422, blank.status());
    }
}
