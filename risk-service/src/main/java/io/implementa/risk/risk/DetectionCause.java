package io.implementa.risk.risk;

/**
 * Why the service raised a risk by itself: the kind of signal another service reported. Together with the
 * signal's reference (the milestone, the change request, the resource, or the project as a whole) it names the
 * one open auto-raised risk a project can have for it.
 */
public enum DetectionCause {
    /** A milestone moved later ({@code MilestoneMoved}); reference: the milestone's task id. */
    MILESTONE_SLIP,
    /** The project's finish moved later ({@code ScheduleRecomputed}); reference: {@code project-finish}. */
    FINISH_SLIP,
    /** The estimate at completion exceeds the budget ({@code CostOverrunForecast}); reference: {@code cost-at-completion}. */
    COST_OVERRUN,
    /** A resource is over-allocated on critical work ({@code OverAllocationDetected}); reference: the resource id. */
    CRITICAL_OVER_ALLOCATION,
    /** A change request with a large impact was approved ({@code ChangeRequestApproved}); reference: its id. */
    LARGE_CHANGE_REQUEST
}
