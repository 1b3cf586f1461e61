package io.implementa.platform.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.implementa.platform.config.PlatformConfig;
import io.implementa.platform.http.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A token bucket per caller (Bucket4j): each request takes a token, tokens come back at the configured rate up to
 * the burst size, and a caller whose bucket is empty is refused with 429 and {@code Retry-After}. Callers are the
 * token's subject, or {@code ip:<address>} for requests without a valid token.
 *
 * <p>Buckets live in this instance's memory (Caffeine, bounded in size, idle ones expiring): with N instances
 * behind a load balancer a caller may make up to N times the configured rate.
 */
@ApplicationScoped
public class RateLimiter {

    private final PlatformConfig.RateLimit settings;
    private final Cache<String, Bucket> buckets;

    public RateLimiter(PlatformConfig config) {
        this.settings = config.rateLimit();
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(settings.idleExpiry())
                .maximumSize(settings.maxCallers())
                .build();
    }

    /** The caller key of a request without a valid token. */
    public static String addressKey(String address) {
        return "ip:" + address;
    }

    /** Takes one token from the caller's bucket, or throws 429 with the seconds until the next one. */
    public void acquire(String caller) {
        if (!settings.enabled()) {
            return;
        }
        ConsumptionProbe probe = buckets.get(caller, this::newBucket).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new ProblemException.TooManyRequests(retryAfterSeconds(probe.getNanosToWaitForRefill()));
        }
    }

    private Bucket newBucket(String caller) {
        PlatformConfig.RateLimit.Limit override = settings.overrides().get(caller);
        long rate = override != null ? override.requestsPerSecond() : settings.requestsPerSecond();
        long burst = override != null ? override.burst() : settings.burst();
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(rate, Duration.ofSeconds(1)).build())
                .build();
    }

    /** Whole seconds, rounded up, and at least one: Retry-After has no fractions. */
    static long retryAfterSeconds(long nanos) {
        return Math.max(1, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
    }
}
