package io.implementa.project.exchange;

import static io.implementa.platform.http.CsvErrors.cell;

import io.implementa.platform.http.CsvErrors;
import io.implementa.platform.http.Problem;
import io.implementa.platform.http.ProblemException;
import io.implementa.project.schedule.TaskSchedule;
import io.implementa.project.schedule.engine.ConstraintType;
import io.implementa.project.schedule.engine.LinkType;
import io.implementa.project.task.Dependency;
import io.implementa.project.task.Task;
import io.implementa.project.task.TaskKind;
import io.implementa.project.task.Wbs;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Tasks as CSV (RFC 4180, UTF-8, header row; columns in docs/integrations.md). The outline number
 * carries the hierarchy and the predecessors column the links, as MS Project writes them
 * ({@code 2FS+3;1.2SS-1}), so a sheet round-trips without ids.
 */
final class TaskCsv {

    static final List<String> COLUMNS = List.of("outline", "name", "kind", "duration", "predecessors",
            "constraintType", "constraintDate", "deadline", "effortHours", "percentComplete", "actualStart",
            "actualFinish", "description", "start", "finish", "totalFloat", "critical", "id");

    /** Columns an import reads; the others (computed or ids) are ignored there. */
    static final Set<String> IMPORTED = Set.of("outline", "name", "kind", "duration", "predecessors",
            "constraintType", "constraintDate", "deadline", "effortHours", "percentComplete", "actualStart",
            "actualFinish", "description");

    private static final Pattern LINK = Pattern.compile("(\\d+(?:\\.\\d+)*)(FS|SS|FF|SF)?([+-]\\d+)?d?");
    private static final Pattern OUTLINE = Pattern.compile("\\d+(\\.\\d+)*");
    static final int MAX_ROWS = 20_000;

    private TaskCsv() {
    }

    static String write(UUID projectId) {
        Wbs wbs = Wbs.of(projectId);
        Map<UUID, TaskSchedule> schedule = new HashMap<>();
        TaskSchedule.ofProject(projectId).forEach(s -> schedule.put(s.taskId, s));
        Map<UUID, List<String>> predecessors = new HashMap<>();
        for (Dependency d : Dependency.ofProject(projectId)) {
            predecessors.computeIfAbsent(d.successorId, k -> new ArrayList<>()).add(wbs.outline(d.predecessorId)
                    + d.type + (d.lag > 0 ? "+" + d.lag : d.lag < 0 ? String.valueOf(d.lag) : ""));
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new))
                .get())) {
            for (Task t : wbs.inOutlineOrder()) {
                TaskSchedule s = schedule.get(t.id);
                List<String> preds = predecessors.getOrDefault(t.id, List.of()).stream().sorted().toList();
                csv.printRecord(wbs.outline(t.id), t.name, wbs.kind(t), t.duration, String.join(";", preds),
                        t.constraintType, t.constraintDate, t.deadline, t.effortHours, t.percentComplete,
                        t.actualStart, t.actualFinish, t.description, s == null ? null : s.start,
                        s == null ? null : s.finish, s == null ? null : s.totalFloat, s == null ? null : s.critical,
                        t.id);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One valid row. */
    record Row(int line, String outline, String name, boolean milestone, int duration, List<Link> predecessors,
            ConstraintType constraintType, LocalDate constraintDate, LocalDate deadline, BigDecimal effortHours,
            int percentComplete, LocalDate actualStart, LocalDate actualFinish, String description) {

        String parentOutline() {
            int dot = outline.lastIndexOf('.');
            return dot < 0 ? null : outline.substring(0, dot);
        }
    }

    record Link(String predecessor, LinkType type, int lag) {
    }

    /** Parses and checks every row; any error refuses the whole file with each error's row and column. */
    static List<Row> read(String text) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                        .setTrim(true).get())) {
            List<String> header = parser.getHeaderNames();
            for (String required : List.of("outline", "name")) {
                if (!header.contains(required)) {
                    errors.add(new Problem.FieldError("row 1, column " + required, "the header lacks this column"));
                }
            }
            for (String column : header) {
                if (!COLUMNS.contains(column)) {
                    errors.add(new Problem.FieldError("row 1, column " + column, "unknown column; known: " + COLUMNS));
                }
            }
            if (!errors.isEmpty()) {
                throw CsvErrors.refusal(errors);
            }
            Set<String> outlines = new HashSet<>();
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                if (rows.size() >= MAX_ROWS) {
                    errors.add(new Problem.FieldError("row " + line, "at most " + MAX_ROWS + " rows"));
                    break;
                }
                Row row = row(record, line, errors);
                if (row == null) {
                    continue;
                }
                if (!outlines.add(row.outline())) {
                    errors.add(cell(line, "outline", "duplicate outline number " + row.outline()));
                } else if (row.parentOutline() != null && !outlines.contains(row.parentOutline())) {
                    errors.add(cell(line, "outline", "the parent " + row.parentOutline()
                            + " must come on an earlier row"));
                }
                rows.add(row);
            }
            for (Row row : rows) {
                for (Link l : row.predecessors()) {
                    if (!outlines.contains(l.predecessor())) {
                        errors.add(cell(row.line(), "predecessors", "no task with outline " + l.predecessor()));
                    } else if (l.predecessor().equals(row.outline())) {
                        errors.add(cell(row.line(), "predecessors", "a task cannot depend on itself"));
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            errors.add(new Problem.FieldError("body", "not a CSV file with a header row: " + e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw CsvErrors.refusal(errors);
        }
        if (rows.isEmpty()) {
            throw new ProblemException.Unprocessable("body", "the CSV file has no task rows");
        }
        return rows;
    }

    private static Row row(CSVRecord r, int line, List<Problem.FieldError> errors) {
        int before = errors.size();
        String outline = get(r, "outline");
        if (outline == null || !OUTLINE.matcher(outline).matches()) {
            errors.add(cell(line, "outline", "must be an outline number like 1 or 1.2.3"));
        }
        String name = get(r, "name");
        if (name == null) {
            errors.add(cell(line, "name", "must not be blank"));
        } else if (name.length() > 200) {
            errors.add(cell(line, "name", "at most 200 characters"));
        }
        String kind = get(r, "kind");
        boolean milestone = false;
        if (kind != null) {
            try {
                milestone = TaskKind.valueOf(kind) == TaskKind.MILESTONE;
            } catch (IllegalArgumentException e) {
                errors.add(cell(line, "kind", "must be TASK, MILESTONE or SUMMARY"));
            }
        }
        Integer duration = integer(r, "duration", line, 0, 100_000, errors);
        if (milestone && duration != null && duration != 0) {
            errors.add(cell(line, "duration", "must be 0 for a milestone"));
        }
        List<Link> links = new ArrayList<>();
        String preds = get(r, "predecessors");
        if (preds != null) {
            for (String p : preds.split("[;,]")) {
                Matcher m = LINK.matcher(p.strip());
                if (!m.matches()) {
                    errors.add(cell(line, "predecessors", "'" + p.strip() + "' is not like 2, 2FS, 1.3SS+2 or 4FF-1"));
                    continue;
                }
                links.add(new Link(m.group(1), m.group(2) == null ? LinkType.FS : LinkType.valueOf(m.group(2)),
                        m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
            }
        }
        ConstraintType constraint = ConstraintType.ASAP;
        String c = get(r, "constraintType");
        if (c != null) {
            try {
                constraint = ConstraintType.valueOf(c);
            } catch (IllegalArgumentException e) {
                errors.add(cell(line, "constraintType", "must be one of ASAP, ALAP, SNET, SNLT, FNET, FNLT, MSO, MFO"));
            }
        }
        LocalDate constraintDate = date(r, "constraintDate", line, errors);
        if (constraint.dated() && constraintDate == null) {
            errors.add(cell(line, "constraintDate", "is required for " + constraint));
        }
        LocalDate deadline = date(r, "deadline", line, errors);
        BigDecimal effort = null;
        String e = get(r, "effortHours");
        if (e != null) {
            try {
                effort = new BigDecimal(e);
                if (effort.signum() < 0) {
                    errors.add(cell(line, "effortHours", "must not be negative"));
                }
            } catch (NumberFormatException ex) {
                errors.add(cell(line, "effortHours", "must be a number"));
            }
        }
        Integer percent = integer(r, "percentComplete", line, 0, 100, errors);
        LocalDate actualStart = date(r, "actualStart", line, errors);
        LocalDate actualFinish = date(r, "actualFinish", line, errors);
        if (actualFinish != null && actualStart == null) {
            errors.add(cell(line, "actualStart", "is required when actualFinish is set"));
        } else if (actualFinish != null && actualFinish.isBefore(actualStart)) {
            errors.add(cell(line, "actualFinish", "must not be before actualStart"));
        }
        String description = get(r, "description");
        if (description != null && description.length() > 4000) {
            errors.add(cell(line, "description", "at most 4000 characters"));
        }
        if (errors.size() > before) {
            return null;
        }
        return new Row(line, outline, name, milestone, duration == null ? (milestone ? 0 : 1) : duration, links,
                constraint, constraint.dated() ? constraintDate : null, deadline, effort,
                percent == null ? 0 : percent, actualStart, actualFinish, description);
    }

    private static String get(CSVRecord r, String column) {
        if (!r.isMapped(column) || !r.isSet(column)) {
            return null;
        }
        String v = r.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static Integer integer(CSVRecord r, String column, int line, int min, int max,
            List<Problem.FieldError> errors) {
        String v = get(r, column);
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                errors.add(cell(line, column, "must be between " + min + " and " + max));
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(cell(line, column, "must be a whole number"));
            return null;
        }
    }

    private static LocalDate date(CSVRecord r, String column, int line, List<Problem.FieldError> errors) {
        String v = get(r, column);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(cell(line, column, "must be a date like 2027-03-01"));
            return null;
        }
    }
}
