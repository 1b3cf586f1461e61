package io.implementa.project.forecast;

import io.implementa.platform.http.ProblemException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The bounded pool forecasts are computed on, apart from Quarkus' request workers and event loops: a few
 * long simulations neither hold HTTP workers nor starve other requests, and a flood of them is refused.
 */
@ApplicationScoped
public class ForecastExecutor {

    private final ThreadPoolExecutor pool;

    public ForecastExecutor(ForecastConfig config) {
        AtomicInteger number = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(config.threads(), config.threads(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(config.queue()), r -> {
                    Thread thread = new Thread(r, "forecast-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
    }

    /** Runs the work on the pool; 503 with Retry-After when the pool and its queue are full. */
    public <T> CompletionStage<T> submit(Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(work, pool);
        } catch (RejectedExecutionException e) {
            throw new ProblemException(503, "service-unavailable", "Service unavailable",
                    "too many forecasts are running; retry later").withHeader("Retry-After", "5");
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
