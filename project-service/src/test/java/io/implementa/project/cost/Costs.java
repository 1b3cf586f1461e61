package io.implementa.project.cost;

import static io.restassured.RestAssured.given;

import io.implementa.stack.testing.TestTokens;
import io.restassured.http.ContentType;

/** Test steps for budgets and costs, run as the default (admin) caller unless a token is given. */
public final class Costs {

    private Costs() {
    }

    public static String budgetOf(String projectId) {
        return "/api/v1/projects/" + projectId + "/budget";
    }

    public static String entriesOf(String projectId) {
        return "/api/v1/projects/" + projectId + "/cost-entries";
    }

    public static void setBudget(String projectId, String currency, String amount) {
        given().contentType(ContentType.JSON)
                .body("{\"currency\":\"" + currency + "\",\"amount\":" + amount
                        + ",\"contingencyReserve\":100,\"managementReserve\":50}")
                .when().put(budgetOf(projectId))
                .then().statusCode(200);
    }

    /** Sets and approves (as the sponsor subject given) an EUR budget of the amount. */
    public static void approvedBudget(String projectId, String amount, String sponsor) {
        setBudget(projectId, "EUR", amount);
        given().auth().oauth2(TestTokens.forUser(sponsor)).contentType(ContentType.JSON).body("{}")
                .when().post(budgetOf(projectId) + "/approval")
                .then().statusCode(200);
    }

    public static String book(String projectId, String category, String amount, String currency) {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"category":"%s","amount":%s,"currency":"%s","incurredOn":"2027-02-01",
                         "description":"Vendor invoice"}""".formatted(category, amount, currency))
                .when().post(entriesOf(projectId))
                .then().statusCode(201).extract().path("id");
    }
}
