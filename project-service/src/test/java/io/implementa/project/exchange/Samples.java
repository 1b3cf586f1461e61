package io.implementa.project.exchange;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The MSPDI files MS Project 2019 saved (MPXJ's test data, LGPL-2.1, in {@code ../shared/samples/mspdi/}
 * beside the repository), and REST helpers to import them.
 */
final class Samples {

    private Samples() {
    }

    static Path dir() {
        String configured = System.getProperty("mspdi.samples");
        if (configured != null) {
            return Path.of(configured);
        }
        for (String candidate : List.of("../../shared/samples/mspdi", "../shared/samples/mspdi")) {
            if (Files.isDirectory(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return Path.of("../../shared/samples/mspdi");
    }

    static Path file(String name) {
        return dir().resolve(name);
    }

    static List<Path> all() {
        try (Stream<Path> files = Files.list(dir())) {
            return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String imports(String projectId) {
        return "/api/v1/projects/" + projectId + "/imports/mspdi";
    }

    /** Imports the file into the project and returns the report. */
    static JsonPath importInto(String projectId, byte[] plan) {
        return given().contentType("application/xml").body(plan)
                .when().post(imports(projectId))
                .then().statusCode(200).extract().jsonPath();
    }
}
