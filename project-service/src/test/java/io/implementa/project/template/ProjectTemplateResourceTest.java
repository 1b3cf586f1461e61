package io.implementa.project.template;

import static io.implementa.project.project.ProjectResourceTest.projectJson;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.implementa.project.lifecycle.Lifecycle;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectTemplateResourceTest {

    static final String BUILT_IN = "00000000-0000-4000-8000-000000000001";
    static final String BASE = "/api/v1/project-templates";

    /** Proposes a project from the template as the default (admin) caller; returns its id. */
    static String createFrom(String templateId, String key) {
        return given().contentType(ContentType.JSON).body(projectJson(key))
                .when().post(BASE + "/" + templateId + "/projects")
                .then().statusCode(201).extract().path("id");
    }

    static String saveAsTemplate(String projectId, String token, String name, boolean shared) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"description\":\"From a real project\",\"shared\":" + shared + "}")
                .when().post("/api/v1/projects/" + projectId + "/template")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void listsTheBuiltInTemplateFirstToAnyUser() {
        given().auth().oauth2(TestTokens.forUser("someone-" + UUID.randomUUID()))
                .when().get(BASE)
                .then().statusCode(200)
                .header("X-Total-Count", notNullValue())
                .body("items[0].id", equalTo(BUILT_IN))
                .body("items[0].name", equalTo("Systems implementation"))
                .body("items[0].builtIn", equalTo(true))
                .body("items[0].owner", nullValue());
    }

    @Test
    void builtInTemplateHoldsTheStandardDeliverablesOfAnImplementation() {
        given().when().get(BASE + "/" + BUILT_IN)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("content.deliverables.name", contains("Requirements specification", "Vendor selection",
                        "System installation", "Data migration: extract", "Data migration: cleanse",
                        "Data migration: load", "Data migration: reconcile", "Customisation", "Integration",
                        "System integration testing (SIT)", "User acceptance testing (UAT)", "Training",
                        "Cut-over and go-live", "Hypercare", "Hand-over to operations"))
                .body("content.deliverables.acceptanceCriteria", everyItem(not(hasSize(0))))
                .body("content.checklists.gate", hasItems("START_PLANNING", "START_EXECUTION", "START_CLOSURE",
                        "CLOSE_PROJECT"))
                .body("content.objectives.title", hasItem("Go live on the planned date"));
    }

    @Test
    void projectFromTheBuiltInTemplateStartsWithChecklistsObjectivesAndDeliverables() {
        String key = uniqueKey();
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(Lifecycle.TOPIC)) {
            io.restassured.response.Response created = given().contentType(ContentType.JSON).body(projectJson(key))
                    .when().post(BASE + "/" + BUILT_IN + "/projects")
                    .then().statusCode(201)
                    .header("ETag", notNullValue())
                    .body("key", equalTo(key))
                    .body("status", equalTo("PROPOSED"))
                    .body("phase", equalTo("INITIATION"))
                    .extract().response();
            String id = created.path("id");
            assertTrue(created.header("Location").endsWith("/api/v1/projects/" + id), created.header("Location"));

            given().when().get("/api/v1/projects/" + id + "/gates/START_PLANNING/checklist")
                    .then().statusCode(200)
                    .body("items.text", hasItem("Project charter signed by the sponsor"))
                    .body("items.done", everyItem(equalTo(false)));
            given().when().get("/api/v1/projects/" + id + "/gates/CLOSE_PROJECT/checklist")
                    .then().statusCode(200).body("items.text", hasItem("Operations accepted the hand-over"));
            given().when().get("/api/v1/projects/" + id + "/objectives")
                    .then().statusCode(200)
                    .body("totalItems", equalTo(5))
                    .body("items.status", everyItem(equalTo("DRAFT")))
                    .body("items.target", everyItem(nullValue()));
            given().when().get("/api/v1/projects/" + id + "/deliverables?size=50&sort=createdAt")
                    .then().statusCode(200)
                    .body("totalItems", equalTo(15))
                    .body("items.status", everyItem(equalTo("PLANNED")))
                    .body("items.owner", everyItem(nullValue()))
                    .body("items.find { it.name == 'Data migration: reconcile' }.acceptanceCriteria",
                            hasItem("Record counts reconcile per data object"));

            events.awaitRecords(Lifecycle.event(id, "io.implementa.project.DeliverableCreated"), 15);
            events.awaitRecord(Lifecycle.event(id, "io.implementa.project.ProjectCreated"));
        }
    }

    @Test
    void unknownTemplateIsNotFoundAndCreatesNoProject() {
        String key = uniqueKey();
        given().contentType(ContentType.JSON).body(projectJson(key))
                .when().post(BASE + "/" + UUID.randomUUID() + "/projects")
                .then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/projects?q=" + key).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void duplicateKeyFromATemplateIsAConflict() {
        String key = uniqueKey();
        createFrom(BUILT_IN, key);
        given().contentType(ContentType.JSON).body(projectJson(key))
                .when().post(BASE + "/" + BUILT_IN + "/projects")
                .then().statusCode(409)
                .body("type", endsWith("duplicate-key"));
    }

    @Test
    void invalidProjectFromATemplateNamesTheField() {
        given().contentType(ContentType.JSON).body(projectJson("not a key"))
                .when().post(BASE + "/" + BUILT_IN + "/projects")
                .then().statusCode(org.hamcrest.Matchers.oneOf(400, 422))
                .body(org.hamcrest.Matchers.containsString("key"));
    }

    @Test
    void savesAProjectAsATemplateWithoutItsValuesOwnersAndDates() {
        Lifecycle.People project = Lifecycle.project();
        String id = project.projectId();
        Lifecycle.addChecklistItem(id, "START_EXECUTION", "Plant managers briefed");
        given().contentType(ContentType.JSON)
                .body("""
                        {"title":"Close the books faster","metric":"month-end close time","unit":"working days",
                         "baseline":8,"target":3,"dueDate":"2027-12-31","status":"AGREED"}
                        """)
                .when().post("/api/v1/projects/" + id + "/objectives").then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body("""
                        {"name":"Plant data migrated","description":"All plants",
                         "owner":{"subject":"sub-owner","email":"owner@example.com","name":"Olga Owner"},
                         "dueDate":"2027-06-30","acceptanceCriteria":["Counts reconcile"]}
                        """)
                .when().post("/api/v1/projects/" + id + "/deliverables").then().statusCode(201);

        String name = "Plant roll-out " + UUID.randomUUID();
        given().auth().oauth2(TestTokens.forUser(project.manager())).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"shared\":true}")
                .when().post("/api/v1/projects/" + id + "/template")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/project-templates/"))
                .header("ETag", "\"0\"")
                .body("name", equalTo(name))
                .body("builtIn", equalTo(false))
                .body("shared", equalTo(true))
                .body("owner.subject", equalTo(project.manager()))
                .body("sourceProjectId", equalTo(id))
                .body("sourceProjectKey", equalTo(project.key()))
                .body("content.checklists", hasSize(1))
                .body("content.checklists[0].gate", equalTo("START_EXECUTION"))
                .body("content.checklists[0].text", equalTo("Plant managers briefed"))
                .body("content.objectives[0].title", equalTo("Close the books faster"))
                .body("content.objectives[0].metric", equalTo("month-end close time"))
                .body("content.objectives[0]", not(org.hamcrest.Matchers.hasKey("target")))
                .body("content.deliverables[0].name", equalTo("Plant data migrated"))
                .body("content.deliverables[0].acceptanceCriteria", contains("Counts reconcile"))
                .body("content.deliverables[0]", not(org.hamcrest.Matchers.hasKey("owner")));
    }

    @Test
    void projectFromASavedTemplateGetsItsContent() {
        Lifecycle.People source = Lifecycle.project();
        Lifecycle.addChecklistItem(source.projectId(), "START_PLANNING", "Works council informed");
        given().contentType(ContentType.JSON).body("{\"name\":\"Shop-floor terminals\",\"acceptanceCriteria\":[\"All lines\"]}")
                .when().post("/api/v1/projects/" + source.projectId() + "/deliverables").then().statusCode(201);
        String templateId = saveAsTemplate(source.projectId(), TestTokens.forUser(source.manager()),
                "Terminals " + UUID.randomUUID(), false);

        String id = given().auth().oauth2(TestTokens.forUser(source.manager())).contentType(ContentType.JSON)
                .body(projectJson(uniqueKey()))
                .when().post(BASE + "/" + templateId + "/projects")
                .then().statusCode(201).extract().path("id");

        given().when().get("/api/v1/projects/" + id + "/gates/START_PLANNING/checklist")
                .then().statusCode(200).body("items.text", contains("Works council informed"));
        given().when().get("/api/v1/projects/" + id + "/deliverables")
                .then().statusCode(200)
                .body("items.name", contains("Shop-floor terminals"))
                .body("items[0].acceptanceCriteria", contains("All lines"));
    }

    @Test
    void privateTemplateIsHiddenFromOthersAndSharedOneIsNot() {
        Lifecycle.People source = Lifecycle.project();
        String manager = TestTokens.forUser(source.manager());
        String marker = "Vis" + UUID.randomUUID().toString().substring(0, 8);
        String mine = saveAsTemplate(source.projectId(), manager, "Private " + marker, false);
        String shared = saveAsTemplate(source.projectId(), manager, "Shared " + marker, true);
        String other = TestTokens.forUser("other-" + UUID.randomUUID());

        given().auth().oauth2(other).when().get(BASE + "/" + mine).then().statusCode(404);
        given().auth().oauth2(other).contentType(ContentType.JSON).body(projectJson(uniqueKey()))
                .when().post(BASE + "/" + mine + "/projects").then().statusCode(404);
        given().auth().oauth2(other).when().get(BASE + "/" + shared).then().statusCode(200)
                .body("id", equalTo(shared));
        given().auth().oauth2(other).when().get(BASE + "?q=" + marker)
                .then().statusCode(200)
                .body("items.id", not(hasItem(mine)))
                .body("items.id", hasItem(shared));
        given().auth().oauth2(manager).when().get(BASE + "/" + mine).then().statusCode(200)
                .body("owner.subject", equalTo(source.manager()));
    }

    @Test
    void listFiltersByText() {
        Lifecycle.People source = Lifecycle.project();
        String marker = "Marker" + UUID.randomUUID().toString().substring(0, 8);
        String id = saveAsTemplate(source.projectId(), TestTokens.forUser(source.manager()), marker + " template", true);
        given().when().get(BASE + "?q=" + marker.toLowerCase())
                .then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("items.id", contains(id));
    }

    @Test
    void sameOwnerCannotReuseATemplateName() {
        Lifecycle.People source = Lifecycle.project();
        String manager = TestTokens.forUser(source.manager());
        String name = "Twice " + UUID.randomUUID();
        saveAsTemplate(source.projectId(), manager, name, false);
        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name.toUpperCase() + "\"}")
                .when().post("/api/v1/projects/" + source.projectId() + "/template")
                .then().statusCode(409)
                .body("type", endsWith("duplicate-template-name"));
    }

    @Test
    void savingATemplateNeedsAName() {
        Lifecycle.People source = Lifecycle.project();
        given().contentType(ContentType.JSON).body("{\"name\":\" \"}")
                .when().post("/api/v1/projects/" + source.projectId() + "/template")
                .then().statusCode(org.hamcrest.Matchers.oneOf(400, 422))
                .body(org.hamcrest.Matchers.containsString("name"));
    }

    @Test
    void onlyManagersSaveTemplates() {
        Lifecycle.People source = Lifecycle.project();
        String member = "member-" + UUID.randomUUID();
        Lifecycle.addMember(source.projectId(), member, "MEMBER");
        given().auth().oauth2(TestTokens.forUser(member)).contentType(ContentType.JSON)
                .body("{\"name\":\"Not mine to save\"}")
                .when().post("/api/v1/projects/" + source.projectId() + "/template")
                .then().statusCode(403);
    }

    @Test
    void closedProjectCanStillBeSavedAsATemplate() {
        Lifecycle.People source = Lifecycle.project();
        Lifecycle.walk(source.projectId(), "START_PLANNING", "START_EXECUTION", "START_CLOSURE", "CLOSE_PROJECT");
        given().when().get("/api/v1/projects/" + source.projectId()).then().body("status", equalTo("CLOSED"));
        String id = saveAsTemplate(source.projectId(), TestTokens.forUser(source.manager()),
                "From closed " + UUID.randomUUID(), false);
        assertEquals(List.of(), given().when().get(BASE + "/" + id).then().statusCode(200)
                .extract().path("content.deliverables"));
    }
}
