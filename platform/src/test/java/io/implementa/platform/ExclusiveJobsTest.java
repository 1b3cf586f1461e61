package io.implementa.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.implementa.platform.jobs.ExclusiveJobs;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A scheduled job runs on one instance at a time: a second run of the same job while the first holds its lock
 * (another instance, or this one) is skipped; another job is not held up; the next run after the first goes ahead.
 */
@QuarkusTest
class ExclusiveJobsTest {

    @Inject
    ExclusiveJobs jobs;

    @Test
    void aJobStartedWhileAnotherRunOfItIsUnderWayIsSkipped() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> jobs.runExclusively("exclusive-test",
                () -> {
                    runs.incrementAndGet();
                    running.countDown();
                    await(release);
                }));
        try {
            assertTrue(running.await(30, TimeUnit.SECONDS), "the first run did not start");

            assertFalse(jobs.runExclusively("exclusive-test", runs::incrementAndGet));
            assertTrue(jobs.runExclusively("another-job", () -> { }), "a different job is not held up");
        } finally {
            release.countDown();
        }
        assertTrue(first.get(30, TimeUnit.SECONDS));
        assertEquals(1, runs.get(), "the skipped run did nothing");
        assertTrue(jobs.runExclusively("exclusive-test", runs::incrementAndGet), "the next run goes ahead");
        assertEquals(2, runs.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
