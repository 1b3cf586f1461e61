package io.implementa.notification.recipient;

import java.util.EnumSet;
import java.util.Set;

/** What a recipient is; each kind can be reached through some channels only. */
public enum RecipientKind {
    /**
     * A person known to the identity provider; may post to their own chat incoming webhook instead of e-mail, or
     * have their notifications signed and posted to a webhook endpoint of theirs (e.g. their team's ITSM), which is
     * how a stakeholder who chose WEBHOOK in the project's register is reached.
     */
    PERSON(EnumSet.of(Channel.EMAIL, Channel.SLACK, Channel.TEAMS, Channel.WEBHOOK)),
    TEAM_MAILBOX(EnumSet.of(Channel.EMAIL)),
    CHAT_CHANNEL(EnumSet.of(Channel.SLACK, Channel.TEAMS)),
    INTEGRATION_ENDPOINT(EnumSet.of(Channel.WEBHOOK)),
    /**
     * Someone in a project's stakeholder register without an identity in the suite, reached at the e-mail the
     * register gives; derived from the register only, never registered through the API.
     */
    STAKEHOLDER(EnumSet.of(Channel.EMAIL));

    private final Set<Channel> channels;

    RecipientKind(Set<Channel> channels) {
        this.channels = channels;
    }

    public Set<Channel> channels() {
        return channels;
    }

    public boolean reachableThrough(Channel channel) {
        return channels.contains(channel);
    }

    /** Only people, team mailboxes and stakeholders have an e-mail address of their own. */
    public boolean hasEmail() {
        return this == PERSON || this == TEAM_MAILBOX || this == STAKEHOLDER;
    }
}
