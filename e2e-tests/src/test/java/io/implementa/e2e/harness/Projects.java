package io.implementa.e2e.harness;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Proposes projects in the project-service, as its API's clients do. */
public final class Projects {

    private Projects() {
    }

    /** A key no other test uses, like {@code E2E-3F9A1C07}. */
    public static String uniqueKey() {
        return "E2E-" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** The body of {@code POST /api/v1/projects} for an ERP implementation with the given sponsor and manager. */
    public static Map<String, Object> proposal(String key, String sponsor, String manager) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", key);
        body.put("name", "ERP roll-out " + key);
        body.put("description", "Replace the legacy ERP in all plants");
        body.put("type", "IMPLEMENTATION");
        body.put("sponsor", E2e.person(sponsor));
        body.put("manager", E2e.person(manager));
        body.put("plannedStart", "2027-01-04");
        body.put("plannedEnd", "2027-12-17");
        return body;
    }

    /** Posts a proposal as {@code manager} (sponsored by {@code sponsor}); the raw answer, whatever it is. */
    public static Response propose(String sponsor, String manager) {
        return E2e.api(Service.PROJECT, E2e.token(manager))
                .body(proposal(uniqueKey(), sponsor, manager))
                .post("/api/v1/projects");
    }

    /** Creates a project managed by {@code manager}, expecting 201; returns its id. */
    public static String create(String sponsor, String manager) {
        String key = uniqueKey();
        return E2e.api(Service.PROJECT, E2e.token(manager))
                .body(proposal(key, sponsor, manager))
                .post("/api/v1/projects")
                .then().statusCode(201).body("key", equalTo(key))
                .extract().path("id");
    }

    /** Creates {@code count} projects one after the other, each answered 201; returns their ids in order. */
    public static List<String> createMany(int count, String sponsor, String manager) {
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(create(sponsor, manager));
        }
        return ids;
    }
}
