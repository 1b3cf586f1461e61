package io.implementa.platform.http;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/** Answers a list request: the page as body, plus {@code Link} (first/prev/next/last) and {@code X-Total-Count}. */
public final class Paging {

    public static final String TOTAL_COUNT = "X-Total-Count";

    private Paging() {
    }

    public static Response ok(PageView<?> page, UriInfo uri) {
        List<Link> links = new ArrayList<>();
        int last = Math.max(0, page.totalPages() - 1);
        links.add(link(uri, 0, page.size(), "first"));
        if (page.page() > 0) {
            links.add(link(uri, Math.min(page.page() - 1, last), page.size(), "prev"));
        }
        if (page.page() < last) {
            links.add(link(uri, page.page() + 1, page.size(), "next"));
        }
        links.add(link(uri, last, page.size(), "last"));
        return Response.ok(page)
                .header(TOTAL_COUNT, page.totalItems())
                .links(links.toArray(Link[]::new))
                .build();
    }

    private static Link link(UriInfo uri, int page, int size, String rel) {
        return Link.fromUriBuilder(uri.getRequestUriBuilder()
                        .replaceQueryParam("page", page)
                        .replaceQueryParam("size", size))
                .rel(rel)
                .build();
    }
}
