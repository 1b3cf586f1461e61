package io.implementa.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed configuration of the shared mechanisms; every service sets its own values under {@code implementa.*}. */
@ConfigMapping(prefix = "implementa")
public interface PlatformConfig {

    /** The service's name, e.g. {@code project-service}: the CloudEvents source and the consumer group. */
    String serviceName();

    Kafka kafka();

    Outbox outbox();

    Consumer consumer();

    Idempotency idempotency();

    RateLimit rateLimit();

    Feed feed();

    /** Calendar feeds behind feed tokens ({@code io.implementa.platform.feed}). */
    interface Feed {
        /**
         * The address clients reach this service at (e.g. {@code https://pm.example.com/risk}), for the feed URLs
         * handed out with new tokens; without it, the address the token was created through.
         */
        Optional<String> publicUrl();

        /** How many tokens one person may hold unrevoked in this service. */
        @WithDefault("50")
        @Min(1)
        int maxActivePerOwner();
    }

    interface Kafka {
        /** Bootstrap servers; defaults to the conventional {@code kafka.bootstrap.servers}. */
        @WithDefault("${kafka.bootstrap.servers:localhost:9092}")
        String bootstrapServers();

        /** The one topic this service publishes its events to. */
        Optional<String> topic();

        /** Partitions of topics this service creates when they are missing. */
        @WithDefault("3")
        int partitions();

        @WithDefault("1")
        short replicationFactor();

        /** Whether the service creates the topics it uses at start-up (off when a platform team owns them). */
        @WithDefault("true")
        boolean createTopics();
    }

    interface Outbox {
        @WithDefault("true")
        boolean relayEnabled();

        /** How often the relay looks for events written by other instances; local commits wake it at once. */
        @WithDefault("200ms")
        Duration pollInterval();

        @WithDefault("500")
        int batchSize();

        /** Wait before the next try after the broker refused or timed out. */
        @WithDefault("1s")
        Duration retryBackoff();

        /** How long a publish may wait for the broker before the batch is retried. */
        @WithDefault("10s")
        Duration sendTimeout();

        /**
         * TEST ONLY, never in production: publish each event straight to Kafka after commit instead of through the
         * outbox table, so an event whose send fails (broker away) is lost. It exists so that the end-to-end tests
         * can prove their reconciliation detects a lost event; a service started with it logs an error at start-up
         * and reports {@code outbox: BYPASSED} in its readiness detail.
         */
        @WithDefault("false")
        boolean bypassForTests();
    }

    interface Consumer {
        @WithDefault("true")
        boolean enabled();

        /** Topics this service listens to. */
        Optional<List<String>> topics();

        /** Consumer group; defaults to the service name. */
        Optional<String> groupId();

        /** Dead-letter topic; defaults to {@code implementa.<service-name>.dlt}. */
        Optional<String> deadLetterTopic();

        @WithDefault("200ms")
        Duration retryInitialBackoff();

        @WithDefault("30s")
        Duration retryMaxBackoff();

        @WithDefault("500ms")
        Duration pollTimeout();

        /** Extra Kafka consumer properties, e.g. {@code session.timeout.ms}. */
        java.util.Map<String, String> properties();

        /**
         * Schema versions of an event type accepted besides those its handler declares, keyed by the type, e.g.
         * {@code implementa.consumer.accepted-versions."io.implementa.project.ProjectCreated"=2}: an operator's
         * declaration that a newer version changed nothing this service reads (the payload is still read
         * tolerantly and Bean-Validated), so its dead letters can be re-driven without waiting for a release.
         */
        java.util.Map<String, List<Integer>> acceptedVersions();
    }

    interface Idempotency {
        /** How long a stored response answers a repeated Idempotency-Key. */
        @WithDefault("24h")
        Duration retention();

        /** A key whose first request has not finished within this time is considered abandoned. */
        @WithDefault("2m")
        Duration inProgressTimeout();
    }

    /**
     * The per-caller rate limit on {@code /api}: a token bucket per caller (the token's subject; the client address
     * for requests without a valid token), per instance.
     */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Sustained requests per second a caller may make. */
        @WithDefault("50")
        @Min(1)
        int requestsPerSecond();

        /** The bucket's size: how many requests a caller may make at once after a quiet spell. */
        @WithDefault("100")
        @Min(1)
        int burst();

        /** A caller's bucket is forgotten after this long without a request (it would be full again anyway). */
        @WithDefault("10m")
        Duration idleExpiry();

        /** At most this many callers' buckets are kept, so a flood of distinct addresses cannot exhaust memory. */
        @WithDefault("100000")
        @Min(1)
        long maxCallers();

        /**
         * Limits of particular callers, keyed by subject (a busy integration's service account) or by
         * {@code ip:<address>} for requests without a valid token.
         */
        Map<String, Limit> overrides();

        interface Limit {
            @Min(1)
            int requestsPerSecond();

            @Min(1)
            int burst();
        }
    }
}
