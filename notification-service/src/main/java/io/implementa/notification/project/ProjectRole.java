package io.implementa.notification.project;

/** The part a recipient plays in a project, as the project-service's events name it. */
public enum ProjectRole {
    SPONSOR, MANAGER
}
