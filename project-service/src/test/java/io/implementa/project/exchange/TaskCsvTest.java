package io.implementa.project.exchange;

import static io.implementa.project.project.ProjectResourceTest.create;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.implementa.project.task.Planning.child;
import static io.implementa.project.task.Planning.dependencies;
import static io.implementa.project.task.Planning.link;
import static io.implementa.project.task.Planning.milestone;
import static io.implementa.project.task.Planning.post;
import static io.implementa.project.task.Planning.schedule;
import static io.implementa.project.task.Planning.task;
import static io.implementa.project.task.Planning.tasks;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TaskCsvTest {

    private static String csvImport(String projectId) {
        return "/api/v1/projects/" + projectId + "/imports/tasks-csv";
    }

    @Test
    void exportsTasksAsRfc4180WithAHeaderRowAndPredecessors() throws Exception {
        String projectId = create(uniqueKey());
        String design = post(projectId, "{\"name\":\"Design, \\\"v2\\\"\",\"duration\":3}");
        String build = task(projectId, "Build", 1);
        child(projectId, build, "Backend", null);
        String end = milestone(projectId, "Go-live");
        link(projectId, design, end, "SS", 2);

        String csv = given().when().get("/api/v1/projects/" + projectId + "/tasks.csv")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("-tasks.csv"))
                .extract().asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(TaskCsv.COLUMNS, rows.get(0).getParser().getHeaderNames());
        assertEquals(4, rows.size());
        assertEquals("Design, \"v2\"", rows.get(0).get("name"));
        assertEquals(List.of("1", "2", "2.1", "3"), rows.stream().map(r -> r.get("outline")).toList());
        assertEquals("SUMMARY", rows.get(1).get("kind"));
        assertEquals("1SS+2", rows.get(3).get("predecessors"));
        assertEquals("MILESTONE", rows.get(3).get("kind"));
        assertEquals("2027-01-04", rows.get(0).get("start"));
    }

    @Test
    void importsTasksWithHierarchyLinksAndConstraintsAndSchedulesThem() {
        String projectId = create(uniqueKey());
        String csv = """
                outline,name,kind,duration,predecessors,constraintType,constraintDate,deadline,description
                1,Design,,3,,,,,"Scope, design and sign-off"
                2,Build,,,,,,,
                2.1,Backend,,5,1FS+1,,,,
                2.2,Frontend,,4,1SS,SNET,2027-01-11,,
                3,Go-live,MILESTONE,0,2.1;2.2,,,2027-02-26,
                """;
        JsonPath report = given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post(csvImport(projectId))
                .then().statusCode(200).extract().jsonPath();
        assertEquals("CSV", report.getString("format"));
        assertEquals(5, report.getInt("tasksImported"));
        assertEquals(4, report.getInt("dependenciesImported"));

        given().when().get(tasks(projectId)).then()
                .body("items.outline", contains("1", "2", "2.1", "2.2", "3"))
                .body("items.kind", contains("TASK", "SUMMARY", "TASK", "TASK", "MILESTONE"))
                .body("items[0].description", equalTo("Scope, design and sign-off"))
                .body("items[3].constraint.type", equalTo("SNET"))
                .body("items[4].deadline", equalTo("2027-02-26"));
        given().when().get(dependencies(projectId) + "?size=50").then().body("items.lag", hasItem(1));
        // Design Jan 4–6; Backend after a day's lag Jan 8–14; Frontend from its SNET Jan 11–14; Go-live Jan 14.
        given().when().get(schedule(projectId)).then().statusCode(200)
                .body("projectFinish", equalTo("2027-01-14"));
    }

    @Test
    void refusesTheWholeFileNamingEveryRowAndColumnInError() {
        String projectId = create(uniqueKey());
        String csv = """
                outline,name,duration,predecessors,constraintType,deadline
                1,Design,3,,,
                2,,-1,9,,
                3,Test,2,1XX,SOON,2027-02-30
                """;
        given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post(csvImport(projectId))
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("row 3, column name"))
                .body("errors.field", hasItem("row 3, column duration"))
                .body("errors.field", hasItem("row 4, column predecessors"))
                .body("errors.field", hasItem("row 4, column constraintType"))
                .body("errors.field", hasItem("row 4, column deadline"))
                .body("rowErrors.find { it.column == 'duration' }.row", equalTo(3));
        given().when().get(tasks(projectId)).then().body("totalItems", equalTo(0));
    }

    @Test
    void refusesAPredecessorThatNoRowHas() {
        String projectId = create(uniqueKey());
        given().contentType("text/csv").body("outline,name,predecessors\n1,Design,\n2,Build,7FS\n")
                .when().post(csvImport(projectId))
                .then().statusCode(422)
                .body("errors.field", contains("row 3, column predecessors"))
                .body("errors[0].message", containsString("7"));
        given().when().get(tasks(projectId)).then().body("totalItems", equalTo(0));
    }

    @Test
    void refusesAnUnknownColumn() {
        String projectId = create(uniqueKey());
        given().contentType("text/csv").body("outline,name,colour\n1,Design,red\n")
                .when().post(csvImport(projectId))
                .then().statusCode(422)
                .body("errors.field", contains("row 1, column colour"));
    }

    @Test
    void exportedCsvImportsBackAsTheSamePlan() {
        String original = create(uniqueKey());
        String a = task(original, "Analyse", 2);
        String b = task(original, "Build", 1);
        child(original, b, "Code", null);
        String c = milestone(original, "Done");
        link(original, a, c, "FF", 1);
        String csv = given().when().get("/api/v1/projects/" + original + "/tasks.csv").then().statusCode(200)
                .extract().asString();
        String copy = create(uniqueKey());
        given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post(csvImport(copy)).then().statusCode(200);
        String again = given().when().get("/api/v1/projects/" + copy + "/tasks.csv").then().statusCode(200)
                .extract().asString();
        assertEquals(withoutIds(csv), withoutIds(again));
    }

    private static String withoutIds(String csv) {
        return csv.replaceAll(",[0-9a-f-]{36}\\r?\\n", "\n");
    }
}
