package io.implementa.platform.feed;

import java.util.UUID;

/**
 * What a valid feed token grants the request: whose it is and which scope; for {@link FeedScope#PROJECT} the
 * scope id is the project id, for {@link FeedScope#PERSON} the owner's subject.
 */
public record FeedGrant(UUID tokenId, String ownerSubject, FeedScope scope, String scopeId) {

    public UUID projectId() {
        if (scope != FeedScope.PROJECT) {
            throw new IllegalStateException("a " + scope + " feed token names no project");
        }
        return UUID.fromString(scopeId);
    }
}
