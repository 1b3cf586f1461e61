package io.implementa.notification.unsubscribe;

import io.implementa.notification.recipient.Recipient;
import io.implementa.platform.http.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Unsubscribing through the signed link of an e-mail: no login, the token is the proof. */
@ApplicationScoped
public class Unsubscriptions {

    private final UnsubscribeTokens tokens;
    private final Clock clock;

    public Unsubscriptions(UnsubscribeTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The recipient the link is for; 404 for a token that is not ours (nothing tells which part was wrong). */
    public Recipient recipientOf(String token) {
        return tokens.verify(token).flatMap(id -> Recipient.<Recipient>findByIdOptional(id))
                .orElseThrow(() -> new ProblemException.NotFound("unsubscribe link", token));
    }

    /** Stops e-mail to the recipient; following the link again changes nothing. */
    @Transactional
    public Recipient unsubscribe(String token) {
        Recipient recipient = recipientOf(token);
        recipient.unsubscribe(clock.instant());
        return recipient;
    }
}
