package io.implementa.project.template;

import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.implementa.project.task.Planning.TOPIC;
import static io.implementa.project.task.Planning.child;
import static io.implementa.project.task.Planning.dependencies;
import static io.implementa.project.task.Planning.link;
import static io.implementa.project.task.Planning.milestone;
import static io.implementa.project.task.Planning.schedule;
import static io.implementa.project.task.Planning.task;
import static io.implementa.project.task.Planning.tasks;
import static io.implementa.project.template.ProjectTemplateResourceTest.BASE;
import static io.implementa.project.template.ProjectTemplateResourceTest.BUILT_IN;
import static io.implementa.project.template.ProjectTemplateResourceTest.createFrom;
import static io.implementa.project.template.ProjectTemplateResourceTest.saveAsTemplate;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.implementa.project.lifecycle.Lifecycle;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The template section "wbs": the built-in starter WBS, and a project's WBS saved into a template. */
@QuarkusTest
class StarterWbsTest {

    @Test
    void aProjectFromTheBuiltInTemplateStartsWithAScheduledWbs() {
        String key = uniqueKey();
        String projectId;
        try (var events = KafkaTestConsumer.fromEnd(TOPIC)) {
            projectId = createFrom(BUILT_IN, key);
            String id = projectId;
            assertEquals(21, events.awaitRecords(r -> r.key().equals(id)
                    && r.value().contains("\"io.implementa.project.TaskCreated\""), 21).size());
            events.awaitRecord(r -> r.key().equals(id) && r.value().contains("\"io.implementa.project.ScheduleRecomputed\""));
        }
        given().queryParam("size", 100).when().get(tasks(projectId)).then().statusCode(200)
                .body("totalItems", equalTo(21))
                .body("items.findAll { it.parentId == null }.name", contains("Initiation and planning", "Build",
                        "Data migration", "Testing", "Deployment"))
                .body("items.findAll { it.parentId == null }.kind", contains("SUMMARY", "SUMMARY", "SUMMARY",
                        "SUMMARY", "SUMMARY"))
                .body("items.find { it.name == 'Go-live' }.outline", equalTo("5.3"))
                .body("items.find { it.name == 'Go-live' }.kind", equalTo("MILESTONE"))
                .body("items.find { it.name == 'Data migration: reconcile' }.outline", equalTo("3.4"));
        given().queryParam("size", 100).when().get(dependencies(projectId)).then().body("totalItems", equalTo(19));
        // Requirements 15 + vendor 20 + installation 10 + customisation 30 + SIT 15 + UAT or training 10
        // + cut-over 3 = day 103 (go-live), + hypercare 20 + hand-over 3 = day 126 from Monday 2027-01-04.
        given().when().get(schedule(projectId)).then()
                .body("projectFinish", equalTo("2027-06-28"))
                .body("tasks.find { it.name == 'Go-live' }.start", equalTo("2027-05-26"))
                .body("tasks.find { it.name == 'Go-live' }.critical", equalTo(true))
                .body("criticalPaths", hasSize(2));
    }

    @Test
    void aProjectSavedAsATemplateKeepsItsWbsAndLinks() {
        Lifecycle.People people = Lifecycle.project();
        String projectId = people.projectId();
        String manager = people.manager();
        String phase = task(projectId, "Phase", 1);
        String build = child(projectId, phase, "Build", null);
        String done = milestone(projectId, "Done");
        link(projectId, build, done, "SS", 2);
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"duration\":4,\"percentComplete\":50,\"status\":\"IN_PROGRESS\",\"actualStart\":\"2027-01-04\"}")
                .when().patch(tasks(projectId) + "/" + build).then().statusCode(200);

        String templateId = saveAsTemplate(projectId, TestTokens.forUser(manager), "WBS " + UUID.randomUUID(), true);
        given().when().get(BASE + "/" + templateId).then().statusCode(200)
                .body("content.sections.wbs.tasks.name", contains("Phase", "Done"))
                .body("content.sections.wbs.tasks[0].children[0].name", equalTo("Build"))
                .body("content.sections.wbs.tasks[0].children[0].duration", equalTo(4))
                .body("content.sections.wbs.tasks[1].milestone", equalTo(true))
                .body("content.sections.wbs.links", hasSize(1))
                .body("content.sections.wbs.links[0].predecessor", equalTo("1.1"))
                .body("content.sections.wbs.links[0].successor", equalTo("2"))
                .body("content.sections.wbs.links[0].type", equalTo("SS"))
                .body("content.sections.wbs.links[0].lag", equalTo(2));

        String copy = createFrom(templateId, uniqueKey());
        given().when().get(tasks(copy)).then()
                .body("items.outline", contains("1", "1.1", "2"))
                .body("items.name", contains("Phase", "Build", "Done"))
                .body("items[1].percentComplete", equalTo(0))
                .body("items[1].status", equalTo("NOT_STARTED"))
                .body("items[1].duration", equalTo(4));
        given().when().get(dependencies(copy)).then()
                .body("items[0].type", equalTo("SS")).body("items[0].lag", equalTo(2));
    }
}
