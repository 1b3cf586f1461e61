package io.implementa.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A running suite's REST API, as one admin caller (a token from {@code ./suite token}). */
final class Api {

    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    final String token;

    Api(String token) {
        this.token = token;
    }

    HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    HttpRequest get(String url) {
        return request(url).GET().build();
    }

    HttpRequest post(String url, String json) {
        return request(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs and returns the body of the expected 201, or fails naming the answer. */
    String create(String url, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = send(post(url, json));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** Waits until GET url answers 200 (a projection filled from events, say). */
    void await(String url, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int status = 0;
        while (System.nanoTime() < deadline) {
            status = send(get(url)).statusCode();
            if (status == 200) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("GET " + url + " still answers " + status + " after " + timeout);
    }

    /** The first string value of a top-level-or-nested JSON field; enough for ids in our answers. */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no field " + name + " in " + json);
        }
        return m.group(1);
    }

    /** A project key no earlier run used: an upper-case run prefix plus a counter, as the key pattern allows. */
    static String runPrefix() {
        StringBuilder b = new StringBuilder("B");
        for (int i = 0; i < 5; i++) {
            b.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return b.toString();
    }

    static String projectJson(String key, String managerSubject) {
        return """
                {"key":"%s","name":"Benchmark %s","type":"IMPLEMENTATION",
                 "sponsor":{"subject":"bench-sponsor","email":"sponsor@example.com","name":"Bench Sponsor"},
                 "manager":{"subject":"%s","email":"%s@example.com","name":"Bench Manager"},
                 "plannedStart":"2027-01-04","plannedEnd":"2027-12-17"}""".formatted(key, key, managerSubject,
                managerSubject);
    }

    static Map<String, String> options(String[] args, Map<String, String> defaults) {
        Map<String, String> opts = new HashMap<>(defaults);
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!opts.containsKey(args[i])) {
                throw new IllegalArgumentException("unknown option " + args[i] + "; known: " + defaults.keySet());
            }
            opts.put(args[i], args[i + 1]);
        }
        return opts;
    }
}
