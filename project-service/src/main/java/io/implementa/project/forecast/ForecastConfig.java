package io.implementa.project.forecast;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of Monte Carlo forecasts. */
@ConfigMapping(prefix = "implementa.project.forecast")
public interface ForecastConfig {

    /** Most iterations one forecast may ask for; more is a 422. */
    @WithDefault("100000")
    int maxIterations();

    /** Forecasts computed at once (worker threads of the forecast executor). */
    @WithDefault("2")
    int threads();

    /** Forecasts waiting for a thread; beyond that a request is refused with 503 and Retry-After. */
    @WithDefault("16")
    int queue();
}
