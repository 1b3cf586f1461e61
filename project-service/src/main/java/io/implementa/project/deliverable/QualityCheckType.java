package io.implementa.project.deliverable;

/** How a deliverable's quality was checked. */
public enum QualityCheckType {
    /** A run of test cases, e.g. a SIT or UAT cycle. */
    TEST_RUN,
    /** A document or design review. */
    REVIEW,
    /** An inspection of an installed system or migrated data (e.g. a reconciliation). */
    INSPECTION,
    OTHER
}
