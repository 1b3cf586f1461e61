package io.implementa.risk.risk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Timing of the review reminder job; its period is read by the job's {@code @Scheduled}. */
@ConfigMapping(prefix = "implementa.risk.review")
public interface ReviewConfig {

    /** How often the job looks for risks whose review date has come (a Quarkus scheduler period, or off). */
    @WithDefault("1h")
    String checkEvery();
}
