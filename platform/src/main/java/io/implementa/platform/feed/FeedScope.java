package io.implementa.platform.feed;

/** What a feed token grants: one project's feed, or the owner's own items across their projects. */
public enum FeedScope {
    /** The feed of one project (the token's {@code projectId}); the owner must stay a member of it. */
    PROJECT,
    /** The owner's own items (their allocations, the risks and actions they own, their projects' dates). */
    PERSON
}
