package io.implementa.project.exchange;

import static io.implementa.project.project.ProjectResourceTest.create;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.implementa.project.task.Planning.dependencies;
import static io.implementa.project.task.Planning.tasks;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpxj.ProjectFile;
import org.mpxj.mspdi.MSPDIReader;
import org.mpxj.primavera.PrimaveraXERFileWriter;

/** The format-sniffing import: one endpoint for every format MPXJ reads. */
@QuarkusTest
class PlanImportTest {

    private static final String LINKS = "task-links-project2019-mspdi.xml";

    private static String plan(String projectId) {
        return "/api/v1/projects/" + projectId + "/imports/plan";
    }

    @Test
    void recognisesMspdiByItsContent() {
        String projectId = create(uniqueKey());
        given().contentType("application/octet-stream").body(Samples.bytes(Samples.file(LINKS)))
                .when().post(plan(projectId))
                .then().statusCode(200)
                .body("format", equalTo("MSPDI"))
                .body("tasksImported", equalTo(16))
                .body("dependenciesImported", equalTo(8));
    }

    /** A Primavera XER file, written here by MPXJ from the sample, imports with the same tasks and links. */
    @Test
    void importsPrimaveraXer() throws Exception {
        ProjectFile sample = new MSPDIReader().read(new ByteArrayInputStream(Samples.bytes(Samples.file(LINKS))));
        ByteArrayOutputStream xer = new ByteArrayOutputStream();
        new PrimaveraXERFileWriter().write(sample, xer);

        String projectId = create(uniqueKey());
        JsonPath report = given().contentType("application/octet-stream").body(xer.toByteArray())
                .when().post(plan(projectId))
                .then().statusCode(200).extract().jsonPath();
        assertEquals("XER", report.getString("format"));
        assertEquals(8, report.getInt("dependenciesImported"));
        // P6 keeps tasks in a WBS: its node comes in as a summary above the sample's 16 tasks.
        List<String> leaves = given().when().get(tasks(projectId) + "?size=100").then().extract().jsonPath()
                .getList("items.findAll { it.kind != 'SUMMARY' }.name", String.class);
        assertEquals(16, leaves.size(), "tasks of the sample: " + leaves);
        List<String> types = given().when().get(dependencies(projectId) + "?size=100").then().extract().jsonPath()
                .getList("items.type", String.class);
        assertEquals(List.of("FF", "FS", "SF", "SS"), types.stream().distinct().sorted().toList());
    }

    /**
     * The same plan as the task-links MSPDI sample, as MS Project 2019 saved it in its own .mpp format (MPXJ's
     * test data, LGPL-2.1; see src/test/resources/mpp/README.md): same tasks, links, lags and schedule.
     */
    @Test
    void importsAnMppFileMsProjectSaved() throws Exception {
        byte[] mpp;
        try (var in = PlanImportTest.class.getResourceAsStream("/mpp/task-links-project2019-mpp14.mpp")) {
            mpp = in.readAllBytes();
        }
        String projectId = create(uniqueKey());
        JsonPath report = given().contentType("application/octet-stream").body(mpp)
                .when().post(plan(projectId))
                .then().statusCode(200).extract().jsonPath();
        assertEquals("MPP", report.getString("format"));
        assertEquals(16, report.getInt("tasksImported"));
        assertEquals(8, report.getInt("dependenciesImported"));
        assertEquals("2018-10-18", report.getString("projectStart"));
        List<Integer> lags = given().when().get(dependencies(projectId) + "?size=100").then().extract().jsonPath()
                .getList("items.lag", Integer.class);
        assertEquals(List.of(0, 1, 2, 5, 10), lags.stream().distinct().sorted().toList());
        JsonPath comparison = given().contentType("application/xml").body(Samples.bytes(Samples.file(LINKS)))
                .when().post("/api/v1/projects/" + projectId + "/imports/mspdi/comparison")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(16, comparison.getInt("tasksCompared"));
        assertEquals(comparison.getString("msProjectFinish"), comparison.getString("projectFinish"));
    }

    @Test
    void refusesAFileOfNoKnownFormat() {
        String projectId = create(uniqueKey());
        given().contentType("application/octet-stream").body("just some words".getBytes(StandardCharsets.UTF_8))
                .when().post(plan(projectId))
                .then().statusCode(422)
                .body("type", equalTo("https://implementa.io/problems/unreadable-plan"));
    }

    /** MPXJ's XML reading refuses document type declarations, so no external entity is ever resolved. */
    @Test
    void refusesMspdiWithADocumentTypeDeclaration() {
        String projectId = create(uniqueKey());
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Project xmlns=\"http://schemas.microsoft.com/project\"><Name>&x;</Name></Project>";
        given().contentType("application/xml").body(xml.getBytes(StandardCharsets.UTF_8))
                .when().post(Samples.imports(projectId))
                .then().statusCode(422)
                .body("type", equalTo("https://implementa.io/problems/unreadable-plan"));
        given().when().get(tasks(projectId)).then().body("totalItems", equalTo(0));
    }
}
