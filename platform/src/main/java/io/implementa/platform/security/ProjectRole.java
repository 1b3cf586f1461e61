package io.implementa.platform.security;

/**
 * A person's role in one project, owned by the project-service and known to every service through the
 * membership events. Which role may do what is declared where the action is ({@link ChangesProject}).
 */
public enum ProjectRole {
    SPONSOR, MANAGER, MEMBER, VIEWER, STAKEHOLDER
}
