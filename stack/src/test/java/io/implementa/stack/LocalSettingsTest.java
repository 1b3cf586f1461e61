package io.implementa.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LocalSettingsTest {

    @Test
    void defaultsToEmbeddedServersOnTheDocumentedPorts() {
        LocalSettings settings = LocalSettings.fromEnvironment(Map.of());

        assertEquals(5433, settings.postgresPort());
        assertEquals(9092, settings.kafkaPort());
        assertEquals(Optional.empty(), settings.externalPostgres());
        assertEquals(Optional.empty(), settings.externalKafka());
        assertEquals(Path.of(".local").toAbsolutePath(), settings.localDirectory());
    }

    @Test
    void readsExternalServersFromTheEnvironment() {
        LocalSettings settings = LocalSettings.fromEnvironment(Map.of(
                "IMPLEMENTA_POSTGRES_URL", "jdbc:postgresql://db:5432",
                "IMPLEMENTA_POSTGRES_USER", "implementa",
                "IMPLEMENTA_KAFKA_BOOTSTRAP_SERVERS", "broker:9092"));

        assertEquals("jdbc:postgresql://db:5432/risk", settings.externalPostgres().orElseThrow().forDatabase("risk"));
        assertEquals("implementa", settings.postgresUser());
        assertEquals(Optional.of("broker:9092"), settings.externalKafka());
    }

    @Test
    void rejectsAPortThatIsNotANumber() {
        assertThrows(IllegalArgumentException.class,
                () -> LocalSettings.fromEnvironment(Map.of("IMPLEMENTA_KAFKA_PORT", "ninety")));
    }

    @Test
    void quotesStatusValuesForTheShell() {
        assertEquals("'it'\\''s'", LocalInfrastructure.shellQuote("it's"));
    }
}
