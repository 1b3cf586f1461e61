package io.implementa.project.task;

/** Where the work of a task stands; IN_PROGRESS needs an actual start, DONE an actual finish too. */
public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, DONE
}
