package io.implementa.resource.timesheet;

/** OPEN (being filled, or corrected after approval), SUBMITTED, APPROVED or REJECTED (open again to fix). */
public enum TimesheetStatus {
    OPEN, SUBMITTED, APPROVED, REJECTED
}
