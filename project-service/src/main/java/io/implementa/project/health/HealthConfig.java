package io.implementa.project.health;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** Default thresholds of the proposed RAG; a project may set its own ({@code PUT .../health-thresholds}). */
@ConfigMapping(prefix = "implementa.project.health")
public interface HealthConfig {

    /** SPI below this is amber. */
    @WithDefault("0.95")
    BigDecimal spiAmber();

    /** SPI below this is red. */
    @WithDefault("0.85")
    BigDecimal spiRed();

    @WithDefault("0.95")
    BigDecimal cpiAmber();

    @WithDefault("0.85")
    BigDecimal cpiRed();

    /** Unfinished critical tasks past their scheduled finish: this many is amber. */
    @WithDefault("1")
    int lateCriticalTasksAmber();

    @WithDefault("3")
    int lateCriticalTasksRed();

    /** Scope creep items: this many is amber. */
    @WithDefault("1")
    int creepItemsAmber();

    @WithDefault("3")
    int creepItemsRed();

    /** Change requests waiting for a decision: this many is amber. */
    @WithDefault("3")
    int pendingChangeRequestsAmber();

    @WithDefault("6")
    int pendingChangeRequestsRed();

    /** Open high risks: this many is amber (any critical or escalated risk is red). */
    @WithDefault("1")
    int highRisksAmber();

    /** Open over-allocations of the project's resources: this many is amber (a critical one is red). */
    @WithDefault("1")
    int overAllocationsAmber();
}
