package io.implementa.resource.resource;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The resource pool as CSV (RFC 4180, UTF-8, header row, CRLF; columns in docs/integrations.md): one row per
 * resource with the hourly rate in force on a given day.
 */
final class ResourceCsv {

    static final List<String> COLUMNS = List.of("id", "kind", "name", "status", "email", "role", "department",
            "managerEmail", "location", "timeZone", "standardRate", "overtimeRate", "currency", "rateEffectiveFrom");

    private ResourceCsv() {
    }

    static String write(List<Resource> resources, LocalDate ratesOn) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out,
                CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (Resource r : resources) {
                CostRate rate = r.rateOn(ratesOn).orElse(null);
                csv.printRecord(r.id, r.kind, r.name, r.status, r.person == null ? null : r.person.email(), r.role,
                        r.department, r.manager == null ? null : r.manager.email(), r.location, r.timeZone,
                        rate == null ? null : rate.standardRate().toPlainString(),
                        rate == null ? null : rate.overtimeRate().toPlainString(),
                        rate == null ? null : rate.currency(), rate == null ? null : rate.effectiveFrom());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
