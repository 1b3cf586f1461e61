package io.implementa.platform.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The two response shapes every resource repeats: a new entity answered {@code 201 Created} with its
 * {@code Location} (the request path plus the new id), and an entity answered {@code 200 OK}; both carry the
 * entity version as {@code ETag} (see {@link IfMatch#etag(long)}) and the view as body. A resource whose answer
 * differs (a {@code Location} elsewhere, no tag) builds its own response.
 */
public final class Responses {

    private Responses() {
    }

    /** {@code 201 Created}, {@code Location} = request path + {@code id}, {@code ETag} = {@code version}. */
    public static Response created(UriInfo uri, Object id, long version, Object body) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .tag(IfMatch.etag(version)).entity(body).build();
    }

    /** {@code 200 OK} with {@code ETag} = {@code version}. */
    public static Response tagged(Object body, long version) {
        return Response.ok(body).tag(IfMatch.etag(version)).build();
    }
}
