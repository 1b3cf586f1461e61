package io.implementa.risk.action;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Timing of the mitigation reminder job. */
@ConfigMapping(prefix = "implementa.risk.mitigation")
public interface ActionConfig {

    /** How often the job looks for actions coming due and overdue (a Quarkus scheduler period). */
    @WithDefault("1h")
    String checkEvery();

    /** An open action is announced as due soon this many days before its due date (and on it). */
    @WithDefault("3")
    int dueSoonDays();

    /** An overdue action is announced again after this long while it stays open. */
    @WithDefault("168h")
    Duration overdueReminderInterval();
}
