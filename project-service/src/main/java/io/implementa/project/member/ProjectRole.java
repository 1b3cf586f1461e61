package io.implementa.project.member;

/**
 * A person's role in one project. What each role may do is decided where the action is (a manager
 * advances phases, an accountable stakeholder accepts deliverables); see {@code docs/security.md}.
 */
public enum ProjectRole {
    SPONSOR, MANAGER, MEMBER, VIEWER, STAKEHOLDER
}
