package io.implementa.project.calendar;

import static io.implementa.project.project.ProjectResourceTest.create;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.implementa.project.task.Planning.TOPIC;
import static io.implementa.project.task.Planning.task;
import static io.implementa.project.task.Planning.tasks;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CalendarResourceTest {

    private static final String WEEK = "\"workingWeekdays\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"]";

    @Inject
    ObjectMapper json;

    private static String calendar(String projectId) {
        return "/api/v1/projects/" + projectId + "/calendar";
    }

    @Test
    void aNewHolidayReschedulesTheProjectAndPublishesTheDelta() throws Exception {
        String projectId = create(uniqueKey());
        String a = task(projectId, "A", 3);
        try (var events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().contentType(ContentType.JSON).body("{" + WEEK + ",\"holidays\":[\"2027-01-05\"]}")
                    .when().put(calendar(projectId)).then().statusCode(200)
                    .header("ETag", equalTo("\"0\""))
                    .body("holidays", contains("2027-01-05"))
                    .body("customised", equalTo(true));
            JsonNode data = json.readTree(events.awaitRecord(r -> r.key().equals(projectId)
                    && r.value().contains("ScheduleRecomputed")).value()).get("data");
            assertEquals("2027-01-06", data.get("previousProjectFinish").asText());
            assertEquals("2027-01-07", data.get("projectFinish").asText());
            assertEquals(a, data.get("tasks").get(0).get("taskId").asText());
        }
        given().when().get(tasks(projectId) + "/" + a).then().body("schedule.finish", equalTo("2027-01-07"));
    }

    @Test
    void onceSetTheCalendarChangesOnlyWithIfMatch() {
        String projectId = create(uniqueKey());
        given().contentType(ContentType.JSON).body("{" + WEEK + "}")
                .when().put(calendar(projectId)).then().statusCode(200);
        given().contentType(ContentType.JSON).body("{" + WEEK + ",\"holidays\":[\"2027-01-05\"]}")
                .when().put(calendar(projectId)).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{" + WEEK + ",\"holidays\":[\"2027-01-05\"]}")
                .when().put(calendar(projectId)).then().statusCode(200).header("ETag", equalTo("\"1\""));
    }

    @Test
    void aDateCannotBeBothHolidayAndWorkingDay() {
        String projectId = create(uniqueKey());
        given().contentType(ContentType.JSON)
                .body("{" + WEEK + ",\"holidays\":[\"2027-01-09\"],\"extraWorkingDays\":[\"2027-01-09\"]}")
                .when().put(calendar(projectId)).then().statusCode(422)
                .body("errors[0].field", equalTo("extraWorkingDays"));
    }

    @Test
    void aViewerCannotChangeTheCalendar() {
        String projectId = create(uniqueKey());
        String viewer = io.implementa.project.deliverable.DeliverableFixtures.member(projectId, "VIEWER");
        given().auth().oauth2(viewer).contentType(ContentType.JSON).body("{" + WEEK + "}")
                .when().put(calendar(projectId)).then().statusCode(403);
        given().auth().oauth2(viewer).when().get(calendar(projectId)).then().statusCode(200);
    }
}
