package io.implementa.stack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.jboss.logmanager.Logger;

/**
 * Turns the embedded servers' logging down to warnings. An in-JVM Kafka broker logs hundreds of
 * INFO lines on start alone, which would bury the output of the tests or services beside it.
 *
 * <p>Kafka and zonky log through slf4j (and Kafka partly through the Log4j 2 API); this module
 * binds both to JBoss LogManager, the backend of Quarkus, so its loggers are the ones set here
 * (whether or not it is also the JVM's {@code java.util.logging} manager). Quarkus re-applies
 * its own configuration when an application starts, so Quarkus tests also need the same levels
 * as configuration: {@link #asQuarkusConfig()}.
 */
public final class ServerLogging {

    private static final Map<String, Level> LEVELS = levels();

    // Held so the configured loggers, and with them their levels, are never garbage collected.
    private static final List<Logger> CONFIGURED = LEVELS.keySet().stream().map(Logger::getLogger).toList();

    private ServerLogging() {
    }

    private static Map<String, Level> levels() {
        Map<String, Level> levels = new LinkedHashMap<>();
        // The broker's Scala and Java packages; the second also covers Kafka clients.
        levels.put("kafka", Level.WARNING);
        levels.put("org.apache.kafka", Level.WARNING);
        levels.put("state.change.logger", Level.WARNING);
        // Warns on every start of a fresh broker that its metadata log is empty, as it must be.
        levels.put("org.apache.kafka.controller.QuorumController", Level.SEVERE);
        levels.put("io.zonky", Level.WARNING);
        return levels;
    }

    public static void quiet() {
        CONFIGURED.forEach(logger -> logger.setLevel(LEVELS.get(logger.getName())));
    }

    /** The same levels as {@code quarkus.log.category} settings. */
    public static Map<String, String> asQuarkusConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        LEVELS.forEach((category, level) -> config.put(
                "quarkus.log.category.\"" + category + "\".level", level == Level.SEVERE ? "ERROR" : "WARN"));
        return config;
    }
}
