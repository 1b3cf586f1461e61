package io.implementa.project.task;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;

/** Helpers for tests of the work breakdown, dependencies and schedule. */
public final class Planning {

    public static final String TOPIC = "implementa.project.events";

    private Planning() {
    }

    public static String tasks(String projectId) {
        return "/api/v1/projects/" + projectId + "/tasks";
    }

    public static String dependencies(String projectId) {
        return "/api/v1/projects/" + projectId + "/dependencies";
    }

    public static String schedule(String projectId) {
        return "/api/v1/projects/" + projectId + "/schedule";
    }

    /** Adds a top-level task of {@code days} working days; returns its id. */
    public static String task(String projectId, String name, int days) {
        return post(projectId, """
                {"name":"%s","duration":%d}""".formatted(name, days));
    }

    public static String milestone(String projectId, String name) {
        return post(projectId, """
                {"name":"%s","kind":"MILESTONE"}""".formatted(name));
    }

    /** Adds a task under {@code parentId} (appended, or at {@code position} when not null). */
    public static String child(String projectId, String parentId, String name, Integer position) {
        return post(projectId, """
                {"name":"%s","duration":1,"parentId":"%s"%s}""".formatted(name, parentId,
                position == null ? "" : ",\"position\":" + position));
    }

    public static String post(String projectId, String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(tasks(projectId))
                .then().statusCode(201).extract().path("id");
    }

    public static String link(String projectId, String predecessor, String successor, String type, int lag) {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"predecessorId":"%s","successorId":"%s","type":"%s","lag":%d}
                        """.formatted(predecessor, successor, type, lag))
                .when().post(dependencies(projectId))
                .then().statusCode(201).extract().path("id");
    }
}
