package io.implementa.project.task;

/**
 * What a work item is, derived from the tree and its duration: a SUMMARY has children (its own
 * duration and progress are ignored, its dates, effort and progress roll up), a MILESTONE is a leaf
 * of zero duration, a TASK any other leaf.
 */
public enum TaskKind {
    SUMMARY, TASK, MILESTONE
}
