package io.implementa.resource.resource;

import static io.implementa.resource.resource.ResourceFixtures.PROBLEM;
import static io.implementa.resource.resource.ResourceFixtures.PROBLEMS;
import static io.implementa.resource.resource.ResourceFixtures.create;
import static io.implementa.resource.resource.ResourceFixtures.equipmentJson;
import static io.implementa.resource.resource.ResourceFixtures.personJson;
import static io.implementa.resource.resource.ResourceFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

// Each test works in a department of its own, so tests never see each other's resources.
@QuarkusTest
class ResourceCsvTest {

    static final String CSV = "/api/v1/resources.csv";
    static final String HEADER = "id,kind,name,status,email,role,department,managerEmail,location,timeZone,"
            + "standardRate,overtimeRate,currency,rateEffectiveFrom\r\n";

    /** The rows of a CSV body, each as column → value (read back with a strict RFC 4180 parser). */
    static List<Map<String, String>> rows(String body) {
        try (CSVParser parser = CSVParser.parse(new StringReader(body),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords().stream().map(CSVRecord::toMap).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void exportsOneRowPerResourceWithAHeaderAndTheRateInForce() {
        String department = unique("dept");
        String subject = unique("sub");
        String person = create(personJson(subject, department));
        String rig = create(equipmentJson("Test rig", department));

        String body = given().queryParam("department", department).queryParam("ratesOn", "2027-06-01")
                .when().get(CSV)
                .then().statusCode(200)
                .contentType("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"resources.csv\"")
                .body(startsWith(HEADER))
                .extract().asString();

        List<Map<String, String>> rows = rows(body);
        assertThat(rows.stream().map(r -> r.get("id")).toList(), contains(person, rig)); // by name
        assertThat(rows.get(0), equalTo(Map.ofEntries(Map.entry("id", person), Map.entry("kind", "PERSON"),
                Map.entry("name", "María López"), Map.entry("status", "ACTIVE"),
                Map.entry("email", subject + "@example.com"), Map.entry("role", "Data migration consultant"),
                Map.entry("department", department), Map.entry("managerEmail", "manager@example.com"),
                Map.entry("location", "Madrid"), Map.entry("timeZone", "Europe/Madrid"),
                Map.entry("standardRate", "85.50"), Map.entry("overtimeRate", "110.25"), Map.entry("currency", "EUR"),
                Map.entry("rateEffectiveFrom", "2027-01-01"))));
        assertThat(rows.get(1), equalTo(Map.ofEntries(Map.entry("id", rig), Map.entry("kind", "EQUIPMENT"),
                Map.entry("name", "Test rig"), Map.entry("status", "ACTIVE"), Map.entry("email", ""),
                Map.entry("role", ""), Map.entry("department", department), Map.entry("managerEmail", ""),
                Map.entry("location", "Plant 3"), Map.entry("timeZone", ""), Map.entry("standardRate", "12.00"),
                Map.entry("overtimeRate", "12.00"), Map.entry("currency", "USD"),
                Map.entry("rateEffectiveFrom", "2027-01-01"))));
    }

    @Test
    void rateColumnsFollowTheDayAndStayEmptyBeforeTheFirstRate() {
        String department = unique("dept");
        create(personJson(unique("sub"), department));

        String later = given().queryParam("department", department).queryParam("ratesOn", "2028-01-01")
                .when().get(CSV).then().statusCode(200).extract().asString();
        assertThat(rows(later).get(0).get("standardRate"), equalTo("90.00"));
        assertThat(rows(later).get(0).get("overtimeRate"), equalTo("90.00"));
        assertThat(rows(later).get(0).get("rateEffectiveFrom"), equalTo("2028-01-01"));

        String before = given().queryParam("department", department).queryParam("ratesOn", "2026-12-31")
                .when().get(CSV).then().statusCode(200).extract().asString();
        Map<String, String> row = rows(before).get(0);
        assertThat(List.of(row.get("standardRate"), row.get("overtimeRate"), row.get("currency"),
                row.get("rateEffectiveFrom")), contains("", "", "", ""));
    }

    @Test
    void quotesCommasQuotesAndLineBreaksAsRfc4180Says() {
        String department = unique("dept");
        String name = "Rig, \"big\"\nsecond line";
        String id = create("""
                {"kind":"EQUIPMENT","name":"Rig, \\"big\\"\\nsecond line","department":"%s"}
                """.formatted(department));

        String body = given().queryParam("department", department)
                .when().get(CSV)
                .then().statusCode(200)
                .body(containsString(id + ",EQUIPMENT,\"Rig, \"\"big\"\"\nsecond line\",ACTIVE,"))
                .extract().asString();

        List<Map<String, String>> rows = rows(body);
        assertThat(rows.size(), equalTo(1));
        assertThat(rows.get(0).get("name"), equalTo(name));
    }

    @Test
    void honoursTheFiltersAndTheSortOfTheList() {
        String department = unique("dept");
        create(equipmentJson("Server A", department));
        String b = create(equipmentJson("Server B", department));
        String c = create(equipmentJson("Server C", department));
        create(personJson(unique("sub"), department));
        given().when().post("/api/v1/resources/" + b + "/deactivation").then().statusCode(200);

        String body = given().queryParam("department", department).queryParam("kind", "EQUIPMENT")
                .queryParam("q", "server").queryParam("status", "ACTIVE").queryParam("sort", "-name")
                .when().get(CSV)
                .then().statusCode(200).extract().asString();

        assertThat(rows(body).stream().map(r -> r.get("name")).toList(), contains("Server C", "Server A"));
        assertThat(rows(body).get(0).get("id"), equalTo(c));
    }

    @Test
    void anEmptySelectionIsTheHeaderAlone() {
        given().queryParam("department", unique("nobody"))
                .when().get(CSV)
                .then().statusCode(200).contentType("text/csv; charset=UTF-8")
                .body(equalTo(HEADER));
    }

    @Test
    void anUnknownSortFieldIs422() {
        given().queryParam("sort", "salary")
                .when().get(CSV)
                .then().statusCode(422).contentType(PROBLEM)
                .body(containsString("sort"));
    }

    @Test
    void everyAuthenticatedCallerExportsThePoolAndAnonymousCallersGet401() {
        String department = unique("dept");
        String id = create(equipmentJson("Shared rig", department));

        String body = given().auth().oauth2(TestTokens.forUser(unique("reader")))
                .queryParam("department", department)
                .when().get(CSV)
                .then().statusCode(200).extract().asString();
        assertThat(rows(body).stream().map(r -> r.get("id")).toList(), contains(id));

        given().header("Authorization", "")
                .when().get(CSV)
                .then().statusCode(401).contentType(PROBLEM)
                .body(containsString(PROBLEMS + "unauthenticated"));
    }
}
