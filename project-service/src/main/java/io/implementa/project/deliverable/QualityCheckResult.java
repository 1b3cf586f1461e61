package io.implementa.project.deliverable;

/** The outcome of a quality check; only PASSED lets a deliverable be accepted. */
public enum QualityCheckResult {
    PASSED, FAILED, PENDING
}
