package dev.postern.gateway.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Calls of the public API the sending tests make again and again. */
public final class SendingApi {

    private SendingApi() {
    }

    public static RequestSpecification as(String key) {
        return given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON);
    }

    /** Creates an agent and returns its id. */
    public static String agent(String key, String name) {
        return as(key).body("{\"name\":\"" + name + "\",\"display_name\":\"Agent " + name + "\"}")
                .post("/api/v1/agents").then().statusCode(201).extract().path("id");
    }

    public static Response send(String key, String body) {
        return as(key).body(body).post("/api/v1/messages");
    }

    /** A minimal valid message from {@code agent} to {@code to}. */
    public static String message(String agent, String to, String subject) {
        return "{\"agent\":\"" + agent + "\",\"to\":\"" + to + "\",\"subject\":\"" + subject + "\",\"text\":\"Hello there\"}";
    }
}
