package io.implementa.resource.allocation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How much the leveling suggestions look at and offer. */
@ConfigMapping(prefix = "implementa.resource.leveling")
public interface LevelingConfig {

    /** Alternative people offered per overlapping allocation at most, best first. */
    @WithDefault("5")
    int alternativesPerAllocation();

    /** Qualified people weighed per overlapping allocation at most (most matching skills first). */
    @WithDefault("200")
    int considered();
}
