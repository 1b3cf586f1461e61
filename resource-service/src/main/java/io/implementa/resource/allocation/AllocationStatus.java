package io.implementa.resource.allocation;

/** A released allocation no longer loads its resource; it stays for the record. */
public enum AllocationStatus {
    ACTIVE, RELEASED
}
