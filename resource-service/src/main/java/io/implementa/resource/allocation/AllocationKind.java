package io.implementa.resource.allocation;

/** SOFT allocations are tentative and never count towards over-allocation; HARD ones are confirmed. */
public enum AllocationKind {
    SOFT, HARD
}
