package io.implementa.notification.recipient;

/** How a recipient is reached: by e-mail, or by posting to an https URL (signed webhook, Slack, Teams). */
public enum Channel {
    EMAIL(false), WEBHOOK(true), SLACK(true), TEAMS(true);

    private final boolean urlAddressed;

    Channel(boolean urlAddressed) {
        this.urlAddressed = urlAddressed;
    }

    /** Whether the channel's address is an https URL rather than an e-mail address. */
    public boolean urlAddressed() {
        return urlAddressed;
    }

    /** Chat incoming-webhook URLs carry their own credential: anyone holding one can post to the channel. */
    public boolean addressIsSecret() {
        return this == SLACK || this == TEAMS;
    }
}
