package io.implementa.resource.allocation;

import io.implementa.resource.resource.Resource;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Allocations as CSV (RFC 4180, UTF-8, header row, CRLF; columns in docs/integrations.md): one row per
 * allocation with its resource's name.
 */
final class AllocationCsv {

    static final List<String> COLUMNS = List.of("id", "resourceId", "resourceName", "projectId", "taskId",
            "startDate", "endDate", "percent", "hoursPerDay", "kind", "status", "critical");

    private AllocationCsv() {
    }

    static String write(List<Allocation> allocations) {
        Map<UUID, String> names = new HashMap<>();
        List<UUID> resourceIds = allocations.stream().map(a -> a.resourceId).distinct().toList();
        if (!resourceIds.isEmpty()) {
            Resource.<Resource>list("id in ?1", resourceIds).forEach(r -> names.put(r.id, r.name));
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out,
                CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (Allocation a : allocations) {
                csv.printRecord(a.id, a.resourceId, names.get(a.resourceId), a.projectId, a.taskId, a.startDate,
                        a.endDate, plain(a.percent), plain(a.hoursPerDay), a.kind, a.status, a.critical);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
