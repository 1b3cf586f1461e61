package io.implementa.platform.http;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items plus what a client needs to page on. */
public record PageView<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "This page's number, from 0", example = "0") int page,
        @Schema(description = "Requested page size", example = "20") int size,
        @Schema(description = "Items matching the filter, on all pages", example = "42") long totalItems,
        @Schema(description = "Number of pages", example = "3") int totalPages) {

    /** Runs a Panache query for the requested page and maps each entity to its view. */
    public static <E, T> PageView<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> toView) {
        long total = query.count();
        List<T> items = query.page(request.page, request.size).list().stream().map(toView).toList();
        return new PageView<>(items, request.page, request.size, total, totalPages(total, request.size));
    }

    public <R> PageView<R> map(Function<T, R> mapper) {
        return new PageView<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }

    static int totalPages(long total, int size) {
        return (int) ((total + size - 1) / size);
    }
}
