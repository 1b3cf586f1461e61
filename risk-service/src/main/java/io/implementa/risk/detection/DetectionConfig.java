package io.implementa.risk.detection;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** Thresholds of automatic risk detection: how large a signal must be to raise a risk by itself. */
@ConfigMapping(prefix = "implementa.risk.detection")
public interface DetectionConfig {

    /** Whether other services' events raise risks at all. */
    @WithDefault("true")
    boolean enabled();

    /** A milestone moved later by more than this many calendar days raises a schedule risk. */
    @WithDefault("5")
    int milestoneSlipDays();

    /** The project's finish moved later by more than this many calendar days raises a schedule risk. */
    @WithDefault("5")
    int finishSlipDays();

    /** A forecast overrun (EAC above BAC) of more than this percentage of the budget raises a cost risk. */
    @WithDefault("0")
    BigDecimal costOverrunPercent();

    /** An approved change request delaying the schedule by more than this many days raises a risk. */
    @WithDefault("10")
    int changeRequestScheduleDays();

    /** An approved change request costing more than this (in its own currency) raises a risk. */
    @WithDefault("50000")
    BigDecimal changeRequestCost();
}
