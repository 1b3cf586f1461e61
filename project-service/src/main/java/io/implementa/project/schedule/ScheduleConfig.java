package io.implementa.project.schedule;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the scheduling package; the milestone job's cron is read by its {@code @Scheduled}. */
@ConfigMapping(prefix = "implementa.schedule")
public interface ScheduleConfig {

    /** When the milestone job runs: a Quarkus cron expression, or off. */
    @WithDefault("0 0 6 * * ?")
    String milestoneCheckCron();

    /** A not-done milestone scheduled within this many days from today is announced as due soon. */
    @WithDefault("5")
    int milestoneDueSoonDays();
}
