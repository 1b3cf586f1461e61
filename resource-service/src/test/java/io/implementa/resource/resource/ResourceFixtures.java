package io.implementa.resource.resource;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.UUID;

/** Request bodies and shortcuts the resource tests share; every person and department is unique per call. */
final class ResourceFixtures {

    static final String TOPIC = "implementa.resource.events";
    static final String PROBLEM = "application/problem+json";
    static final String PROBLEMS = "https://implementa.io/problems/";

    private ResourceFixtures() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A person in Madrid with a manager and two rates, the later one in EUR without an overtime rate. */
    static String personJson(String subject, String department) {
        return """
                {"kind":"PERSON","name":"María López",
                 "person":{"subject":"%1$s","email":"%1$s@example.com","name":"María López"},
                 "role":"Data migration consultant","department":"%2$s",
                 "manager":{"subject":"sub-manager","email":"manager@example.com","name":"Mia Manager"},
                 "location":"Madrid","timeZone":"Europe/Madrid",
                 "costRates":[
                   {"standardRate":90,"currency":"EUR","effectiveFrom":"2028-01-01"},
                   {"standardRate":85.5,"overtimeRate":110.25,"currency":"EUR","effectiveFrom":"2027-01-01"}]}
                """.formatted(subject, department);
    }

    static String equipmentJson(String name, String department) {
        return """
                {"kind":"EQUIPMENT","name":"%s","department":"%s","location":"Plant 3",
                 "costRates":[{"standardRate":12,"currency":"USD","effectiveFrom":"2027-01-01"}]}
                """.formatted(name, department);
    }

    static String create(String json) {
        return given().contentType(ContentType.JSON).body(json)
                .when().post("/api/v1/resources")
                .then().statusCode(201)
                .extract().path("id");
    }

    static String createPerson() {
        return create(personJson(unique("sub"), unique("dept")));
    }
}
