package io.implementa.project.closure;

/** What a lesson learned is about. */
public enum LessonCategory {
    TECHNICAL, PROCESS, PEOPLE, VENDOR, DATA_MIGRATION, INTEGRATION, TESTING, TRAINING, CUTOVER, OTHER
}
