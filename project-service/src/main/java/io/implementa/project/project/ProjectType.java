package io.implementa.project.project;

/** The kind of systems-implementation work a project does. */
public enum ProjectType {
    IMPLEMENTATION, MIGRATION, UPGRADE, INTEGRATION, OTHER
}
