package io.implementa.platform.http;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging and sorting query parameters every list endpoint takes ({@code @BeanParam}):
 * {@code page} (from 0), {@code size} (1 to {@value #MAX_SIZE}) and {@code sort}
 * (comma-separated fields, {@code -} for descending, e.g. {@code sort=status,-plannedStart}).
 */
public class PageRequest {

    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(1_000_000)
    @Parameter(description = "Page number, from 0", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Items per page, at most " + MAX_SIZE, example = "20")
    public int size;

    @QueryParam("sort")
    @Size(max = 200)
    @Parameter(description = "Comma-separated sort fields; prefix a field with - for descending order",
            example = "-createdAt")
    public String sort;

    public static PageRequest of(int page, int size, String sort) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        request.sort = sort;
        return request;
    }
}
