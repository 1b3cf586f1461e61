package io.implementa.risk.risk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.risk.ProjectFeed;
import io.implementa.risk.ProjectFeed.Project;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The risk register exported as CSV and risks imported from CSV, all or nothing. */
@QuarkusTest
class RiskCsvTest {

    static final String RISKS = "/api/v1/projects/{projectId}/risks";
    static final String EXPORT = "/api/v1/projects/{projectId}/risks.csv";
    static final String IMPORT = "/api/v1/projects/{projectId}/imports/risks-csv";
    static final String PROBLEM = "application/problem+json";
    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    ProjectFeed feed;

    @Inject
    ObjectMapper json;

    private static String identify(Project project, String title, String cause, String category, int p, int i) {
        Map<String, Object> body = Map.of("title", title,
                "description", Map.of("cause", cause, "event", "Cut-over fails", "effect", "Go-live slips"),
                "category", category, "probability", p, "impact", i,
                "owner", Map.of("subject", "sub-zoe", "email", "zoe@example.com", "name", "Zoë Ødegård"));
        return given().contentType(ContentType.JSON).body(body)
                .when().post(RISKS, project.id())
                .then().statusCode(201).extract().path("key");
    }

    private static List<CSVRecord> parse(String text) throws Exception {
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    @Test
    void exportsTheRegisterAsRfc4180Utf8CsvWithAHeaderRow() throws Exception {
        Project project = feed.openRegister();
        String tricky = "Vendor \"Acme, Inc.\" misses\nthe interface spec";
        String first = identify(project, tricky, "Spec owner on leave, no deputy", "VENDOR", 4, 5);
        String second = identify(project, "Données clients — invalides", "Nobody owns the data", "DATA_MIGRATION", 2, 3);

        ExtractableResponse<Response> response = given().accept("text/csv")
                .when().get(EXPORT, project.id())
                .then().statusCode(200)
                .contentType(equalTo(CSV))
                .header("Content-Disposition", equalTo("attachment; filename=\"" + project.key() + "-risks.csv\""))
                .extract();
        String text = new String(response.asByteArray(), StandardCharsets.UTF_8);

        assertTrue(text.startsWith(String.join(",", RiskCsv.COLUMNS) + "\r\n"), text);
        // RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.
        assertTrue(text.contains(",\"Vendor \"\"Acme, Inc.\"\" misses\nthe interface spec\","), text);
        assertTrue(text.contains(",\"Spec owner on leave, no deputy\","), text);
        assertTrue(text.contains("Données clients — invalides") && text.contains("Zoë Ødegård"), text);
        List<CSVRecord> rows = parse(text);
        assertEquals(2, rows.size());
        assertEquals(List.of(first, second), rows.stream().map(r -> r.get("key")).toList());
        CSVRecord row = rows.get(0);
        assertEquals(tricky, row.get("title"));
        assertEquals("Spec owner on leave, no deputy", row.get("cause"));
        assertEquals("Cut-over fails", row.get("event"));
        assertEquals("Go-live slips", row.get("effect"));
        assertEquals("VENDOR", row.get("category"));
        assertEquals("4", row.get("probability"));
        assertEquals("5", row.get("impact"));
        assertEquals("20", row.get("score"));
        assertEquals("zoe@example.com", row.get("ownerEmail"));
        assertEquals("Zoë Ødegård", row.get("ownerName"));
        assertEquals("IDENTIFIED", row.get("status"));
        assertEquals("", row.get("responseStrategy"));
        assertEquals("false", row.get("autoRaised"));
        assertTrue(!row.get("nextReviewDate").isEmpty() && !row.get("id").isEmpty(), row.toString());
    }

    @Test
    void importsEveryRowAsAnIdentifiedRiskAndAnnouncesEach() throws Exception {
        Project project = feed.openRegister();
        String csv = "title,cause,event,effect,category,probability,impact,ownerSubject,ownerEmail,ownerName\r\n"
                + "\"Interface spec late, again\",Vendor understaffed,Spec slips,\"Build waits\nfor it\",VENDOR,3,4,"
                + "sub-ana,ana@example.com,Ana Ruiz\r\n"
                + "Key user leaves,,,,RESOURCE,2,5,,,\r\n";
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RiskResourceTest.RISK_EVENTS)) {
            given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                    .when().post(IMPORT, project.id())
                    .then().statusCode(200)
                    .body("projectId", equalTo(project.id().toString()))
                    .body("risksImported", equalTo(2))
                    .body("risks.row", contains(2, 3))
                    .body("risks.key", contains(project.key() + "-R-001", project.key() + "-R-002"))
                    .body("risks.title", contains("Interface spec late, again", "Key user leaves"));

            List<ConsumerRecord<String, String>> identified = events.awaitRecords(
                    r -> project.id().toString().equals(r.key()) && r.value().contains("io.implementa.risk.RiskIdentified"),
                    2);
            JsonNode data = json.readTree(identified.get(0).value()).get("data");
            assertEquals(project.key() + "-R-001", data.get("riskKey").asText());
            assertEquals("ana@example.com", data.get("owner").get("email").asText());
        }
        given().queryParam("sort", "key").when().get(RISKS, project.id())
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.title", contains("Interface spec late, again", "Key user leaves"))
                .body("items.description.effect", contains("Build waits\nfor it", null))
                .body("items.category", contains("VENDOR", "RESOURCE"))
                .body("items.score", contains(12, 10))
                .body("items.status", contains("IDENTIFIED", "IDENTIFIED"))
                // A row without owner columns is owned by whoever imported it.
                .body("items.owner.subject", contains("sub-ana", "test-admin"));
    }

    @Test
    void refusesAFileWithBadRowsAsAWholeListingEveryErrorByRowAndColumn() {
        Project project = feed.openRegister();
        String csv = "title,category,probability,impact,ownerSubject,ownerEmail,ownerName\n"
                + "A good risk,COST,2,2,,,\n"
                + "Bad category and scale,WEATHER,7,x,,,\n"
                + ",SCHEDULE,3,3,sub-x,not-an-email,\n"
                + "Another good one,SCHEDULE,1,1,,,\n";
        given().contentType("text/csv").body(csv)
                .when().post(IMPORT, project.id())
                .then().statusCode(422).contentType(PROBLEM)
                .body("detail", startsWith("the CSV file was refused as a whole: 6 error(s)"))
                .body("errors.field", containsInAnyOrder("row 3, column category", "row 3, column probability",
                        "row 3, column impact", "row 4, column title", "row 4, column ownerEmail",
                        "row 4, column ownerName"))
                .body("rowErrors.row", contains(3, 3, 3, 4, 4, 4))
                .body("rowErrors.column", hasItem("ownerEmail"))
                .body("rowErrors.find { it.column == 'probability' }.message", equalTo("must be between 1 and 5"))
                .body("rowErrors.find { it.column == 'impact' }.message", equalTo("must be a whole number"));

        given().when().get(RISKS, project.id()).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void refusesUnknownAndMissingColumnsInTheHeader() {
        Project project = feed.openRegister();
        given().contentType("text/csv").body("title,severity,probability,impact\nA risk,high,2,2\n")
                .when().post(IMPORT, project.id())
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("row 1, column category", "row 1, column severity"));
        given().when().get(RISKS, project.id()).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void anExportedRegisterImportsIntoAnotherProject() throws Exception {
        Project source = feed.openRegister();
        identify(source, "Vendor \"Acme, Inc.\" misses\nthe spec", "Understaffed", "VENDOR", 4, 5);
        identify(source, "Données invalides", "Nobody owns the data", "DATA_MIGRATION", 2, 3);
        byte[] exported = given().when().get(EXPORT, source.id()).then().statusCode(200).extract().asByteArray();

        Project target = feed.openRegister();
        given().contentType("text/csv; charset=UTF-8").body(exported)
                .when().post(IMPORT, target.id())
                .then().statusCode(200)
                .body("risks.key", contains(target.key() + "-R-001", target.key() + "-R-002"));
        List<CSVRecord> original = parse(new String(exported, StandardCharsets.UTF_8));
        List<CSVRecord> copy = parse(given().when().get(EXPORT, target.id()).then().statusCode(200)
                .extract().asString());
        for (String column : List.of("title", "cause", "event", "effect", "category", "probability", "impact",
                "score", "ownerSubject", "ownerEmail", "ownerName", "status")) {
            assertEquals(original.stream().map(r -> r.get(column)).toList(),
                    copy.stream().map(r -> r.get(column)).toList(), column);
        }
    }

    @Test
    void anAssessedRiskExportsAndImportsWithItsWholeAssessment() throws Exception {
        Project source = feed.openRegister();
        String key = identify(source, "Data cleansing overruns", "Nobody owns the data", "DATA_MIGRATION", 2, 3);
        String id = given().queryParam("sort", "key").when().get(RISKS, source.id()).then().statusCode(200)
                .extract().path("items[0].id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("""
                        {"kind":"THREAT","probability":4,"impacts":{"schedule":5,"cost":3,"scopeQuality":2},
                         "exposure":{"probabilityPercent":40,"costImpact":120000.50,"currency":"EUR"},
                         "proximity":"2027-03-01","trigger":"More than 5% rejected, again",
                         "responseStrategy":"REDUCE","contingencyPlan":"Second cleansing sprint",
                         "residual":{"probability":2,"impact":2},"nextReviewDate":"2027-02-01",
                         "reason":"Trial migration"}""")
                .when().post(RISKS + "/{riskId}/assessments", source.id(), id).then().statusCode(200);
        byte[] exported = given().when().get(EXPORT, source.id()).then().statusCode(200).extract().asByteArray();

        Project target = feed.openRegister();
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RiskResourceTest.RISK_EVENTS)) {
            given().contentType("text/csv; charset=UTF-8").body(exported)
                    .when().post(IMPORT, target.id())
                    .then().statusCode(200).body("risks.key", contains(target.key() + "-R-001"));
            JsonNode assessed = json.readTree(events.awaitRecord(r -> target.id().toString().equals(r.key())
                    && r.value().contains("io.implementa.risk.RiskAssessed")).value()).get("data");
            assertEquals(20, assessed.get("score").asInt());
        }
        CSVRecord original = parse(new String(exported, StandardCharsets.UTF_8)).get(0);
        CSVRecord copy = parse(given().when().get(EXPORT, target.id()).then().statusCode(200).extract().asString())
                .get(0);
        assertEquals(key, original.get("key"));
        for (String column : RiskCsv.COLUMNS) {
            if (!List.of("key", "id", "createdAt").contains(column)) {
                assertEquals(original.get(column), copy.get(column), column);
            }
        }
        assertEquals("ASSESSED", copy.get("status"));
        assertEquals("REDUCE", copy.get("responseStrategy"));
        assertEquals("48000.20", copy.get("exposureAmount"));
    }

    @Test
    void refusesBadAssessmentColumnsByRowAndColumnAndImportsNothing() {
        Project project = feed.openRegister();
        String csv = "title,category,probability,impact,kind,scheduleImpact,costImpact,scopeImpact,"
                + "responseStrategy,proximity,residualProbability,residualImpact,exposurePercent,exposureCostImpact,"
                + "exposureCurrency,nextReviewDate\n"
                + "Good and assessed,COST,2,4,OPPORTUNITY,1,4,2,ENHANCE,2027-03-01,1,1,10,5000,EUR,2027-02-01\n"
                + "Impact not the highest,COST,2,3,THREAT,1,4,2,,,,,,,,\n"
                + "Strategy of the other kind,COST,2,4,THREAT,1,4,x,EXPLOIT,soon,3,,,,,\n"
                + "Exposure half given,COST,2,4,THREAT,1,4,2,,,,,140,,eur,\n"
                + "Not assessed but with a response,COST,2,2,THREAT,,,,AVOID,,,,,,,2027-02-01\n";
        given().contentType("text/csv").body(csv)
                .when().post(IMPORT, project.id())
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("row 3, column impact", "row 4, column scopeImpact",
                        "row 4, column responseStrategy", "row 4, column proximity", "row 4, column residualImpact",
                        "row 5, column exposurePercent", "row 5, column exposureCostImpact",
                        "row 5, column exposureCurrency", "row 6, column responseStrategy"))
                .body("rowErrors.find { it.row == 3 }.message",
                        equalTo("must be the highest of scheduleImpact, costImpact and scopeImpact (4) when the risk "
                                + "is assessed"))
                .body("rowErrors.find { it.row == 4 && it.column == 'responseStrategy' }.message",
                        equalTo("a THREAT takes one of AVOID, REDUCE, TRANSFER, ACCEPT"));
        given().when().get(RISKS, project.id()).then().statusCode(200).body("totalItems", equalTo(0));
    }
}
