package io.implementa.project.exchange;

import static io.implementa.project.project.ProjectResourceTest.create;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.implementa.project.task.Planning.child;
import static io.implementa.project.task.Planning.dependencies;
import static io.implementa.project.task.Planning.link;
import static io.implementa.project.task.Planning.milestone;
import static io.implementa.project.task.Planning.schedule;
import static io.implementa.project.task.Planning.task;
import static io.implementa.project.task.Planning.tasks;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MspdiExportTest {

    @Test
    void exportThenReimportGivesAnEqualPlan() {
        String original = create(uniqueKey());
        given().contentType(ContentType.JSON)
                .body("{\"workingWeekdays\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"],"
                        + "\"holidays\":[\"2027-01-06\"],\"extraWorkingDays\":[\"2027-01-09\"]}")
                .when().put("/api/v1/projects/" + original + "/calendar").then().statusCode(200);
        String design = task(original, "Design", 3);
        String build = task(original, "Build", 1);
        String backend = child(original, build, "Backend", null);
        String frontend = child(original, build, "Frontend", null);
        String test = task(original, "Test", 4);
        String golive = milestone(original, "Go-live");
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"duration\":5,\"constraint\":{\"type\":\"SNET\",\"date\":\"2027-01-11\"},"
                        + "\"deadline\":\"2027-02-26\"}")
                .when().patch(tasks(original) + "/" + test).then().statusCode(200);
        link(original, design, backend, "FS", 2);
        link(original, design, frontend, "SS", 1);
        link(original, backend, test, "FF", 0);
        link(original, frontend, golive, "SF", 3);
        link(original, test, golive, "FS", 0);

        byte[] xml = given().when().get("/api/v1/projects/" + original + "/exports/mspdi")
                .then().statusCode(200)
                .contentType("application/xml")
                .header("Content-Disposition", containsString(".xml"))
                .extract().asByteArray();

        String copy = create(uniqueKey());
        JsonPath report = Samples.importInto(copy, xml);
        assertEquals(6, report.getInt("tasksImported"));
        assertEquals(5, report.getInt("dependenciesImported"));
        assertEquals(List.of(), report.getList("unmapped"), "an exported plan imports without loss");

        assertEquals(plan(original), plan(copy));
        assertEquals(links(original), links(copy));
        assertEquals(dates(original), dates(copy));
        given().when().get("/api/v1/projects/" + copy + "/calendar").then().statusCode(200)
                .body("holidays", org.hamcrest.Matchers.contains("2027-01-06"))
                .body("extraWorkingDays", org.hamcrest.Matchers.contains("2027-01-09"));
    }

    @Test
    void sampleExportsAndReimportsWithTheSameSchedule() {
        String original = create(uniqueKey());
        Samples.importInto(original, Samples.bytes(Samples.file("task-links-project2019-mspdi.xml")));
        byte[] xml = given().when().get("/api/v1/projects/" + original + "/exports/mspdi")
                .then().statusCode(200).extract().asByteArray();
        String copy = create(uniqueKey());
        Samples.importInto(copy, xml);
        assertEquals(plan(original), plan(copy));
        assertEquals(links(original), links(copy));
        assertEquals(dates(original), dates(copy));
    }

    /** Each task as outline, kind, name, duration, constraint, deadline. */
    private static List<String> plan(String projectId) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> t : given().when().get(tasks(projectId) + "?size=100").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("items")) {
            out.add(t.get("outline") + " " + t.get("kind") + " " + t.get("name") + " " + t.get("duration") + "d "
                    + t.get("constraint") + " " + t.get("deadline") + " " + t.get("percentComplete") + "%");
        }
        return out;
    }

    /** Links as "outline -> outline TYPE lag". */
    private static TreeSet<String> links(String projectId) {
        Map<String, String> outline = new HashMap<>();
        given().when().get(tasks(projectId) + "?size=100").then().extract().jsonPath()
                .<Map<String, Object>>getList("items")
                .forEach(t -> outline.put((String) t.get("id"), (String) t.get("outline")));
        TreeSet<String> out = new TreeSet<>();
        for (Map<String, Object> d : given().when().get(dependencies(projectId) + "?size=100").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("items")) {
            out.add(outline.get(d.get("predecessorId")) + " -> " + outline.get(d.get("successorId")) + " "
                    + d.get("type") + " " + d.get("lag"));
        }
        return out;
    }

    private static List<String> dates(String projectId) {
        JsonPath s = given().when().get(schedule(projectId)).then().statusCode(200).extract().jsonPath();
        List<String> out = new ArrayList<>();
        out.add("start " + s.getString("projectStart") + " finish " + s.getString("projectFinish"));
        for (Map<String, Object> t : s.<Map<String, Object>>getList("tasks")) {
            out.add(t.get("outline") + " " + t.get("start") + " " + t.get("finish") + " " + t.get("lateStart") + " "
                    + t.get("lateFinish") + " " + t.get("totalFloat"));
        }
        return out;
    }
}
