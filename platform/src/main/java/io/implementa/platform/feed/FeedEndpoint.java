package io.implementa.platform.feed;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a calendar feed route: it is authenticated by the {@code ?token=} of a {@link FeedTokens feed token}
 * instead of a bearer JWT, and answers only for the token's scope. The route must live under
 * {@value FeedAccessFilter#FEEDS_PATH} (the one path the JWT check lets through; see {@code docs/security.md});
 * {@link FeedAccessFilter} checks the token, its scope and the owner's access before the method runs, and the
 * method reads the grant from {@link FeedRequest}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface FeedEndpoint {

    FeedScope value();

    /** For {@link FeedScope#PROJECT}: the path parameter holding the project id. */
    String param() default "projectId";
}
