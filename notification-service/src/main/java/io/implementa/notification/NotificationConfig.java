package io.implementa.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How notifications are delivered: the worker's timing, the targets allowed, the key of webhook secrets. */
@ConfigMapping(prefix = "implementa.notification")
public interface NotificationConfig {

    /**
     * Whether webhook and chat targets may be loopback, link-local, private or cloud-metadata addresses (and
     * plain http). Off in production, so nobody can make the service call into its own network (SSRF).
     */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** Base64 of the 32-byte AES key encrypting webhook secrets; without it no endpoint can be registered. */
    Optional<String> secretKey();

    /** Where this service is reached from outside, for the unsubscribe links of e-mails. */
    @WithDefault("http://localhost:8084")
    String publicUrl();

    Delivery delivery();

    Digest digest();

    Webhook webhook();

    interface Webhook {

        /** How long after a secret rotation deliveries still carry a signature by the previous secret. */
        @WithDefault("24h")
        Duration rotationWindow();
    }

    interface Digest {

        /** Whether the scheduled digest job runs (tests call it with the instant they choose). */
        @WithDefault("true")
        boolean enabled();

        /** How often the job looks for digests that are due. */
        @WithDefault("15m")
        Duration checkInterval();

        /** The hour of the day, in each recipient's time zone, at which their digests go out. */
        @WithDefault("8")
        int hour();

        /** The day of the week of weekly digests. */
        @WithDefault("MONDAY")
        java.time.DayOfWeek weeklyDay();
    }

    interface Delivery {

        /** Whether the scheduled worker runs (tests run it by hand with the instant they choose). */
        @WithDefault("true")
        boolean enabled();

        /** How often each instance looks for due deliveries. */
        @WithDefault("1s")
        Duration pollInterval();

        @WithDefault("20")
        int batchSize();

        /** An attempt succeeds on a 2xx answer within this time. */
        @WithDefault("10s")
        Duration timeout();

        /** How long an attempt in flight keeps other workers off; a worker that died is retried after it. */
        @WithDefault("2m")
        Duration leaseTimeout();

        /** The waits before each retry; the first attempt is immediate, so attempts = retries + 1. */
        @WithDefault("5s,5m,30m,2h,5h,10h,10h")
        List<Duration> retrySchedule();

        /** A webhook endpoint whose every attempt has failed for this long is disabled and its owner told. */
        @WithDefault("5d")
        Duration disableEndpointAfter();

        /** Each wait is stretched or shortened by up to this fraction at random, so retries do not arrive in step. */
        @WithDefault("0.2")
        double jitter();
    }
}
