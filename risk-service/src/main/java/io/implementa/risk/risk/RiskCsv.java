package io.implementa.risk.risk;

import static io.implementa.platform.http.CsvErrors.cell;

import io.implementa.platform.http.CsvErrors;
import io.implementa.platform.http.Problem;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.people.PersonRef;
import io.implementa.risk.risk.RiskApi.CreateRiskRequest;
import io.implementa.risk.risk.RiskApi.RiskView;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Risks as CSV (RFC 4180, UTF-8, header row; columns in docs/integrations.md). An export imports back: the
 * columns an import does not read (key, assessment, status, ids) are accepted and ignored.
 */
final class RiskCsv {

    static final List<String> COLUMNS = List.of("key", "title", "cause", "event", "effect", "category", "kind",
            "probability", "impact", "score", "scheduleImpact", "costImpact", "scopeImpact", "ownerSubject",
            "ownerEmail", "ownerName", "status", "responseStrategy", "proximity", "trigger", "contingencyPlan",
            "residualProbability", "residualImpact", "residualScore", "exposurePercent", "exposureCostImpact",
            "exposureAmount", "exposureCurrency", "nextReviewDate", "autoRaised", "createdAt", "id");

    /** Columns an import reads; the others are ignored there. */
    static final Set<String> IMPORTED = Set.of("title", "cause", "event", "effect", "category", "probability",
            "impact", "ownerSubject", "ownerEmail", "ownerName", "kind", "scheduleImpact", "costImpact",
            "scopeImpact", "responseStrategy", "proximity", "trigger", "contingencyPlan", "residualProbability",
            "residualImpact", "exposurePercent", "exposureCostImpact", "exposureCurrency", "nextReviewDate");

    /** The columns that make a row an assessed risk: any of them set, all of them (and kind) required. */
    private static final List<String> ASSESSED = List.of("scheduleImpact", "costImpact", "scopeImpact");

    /**
     * The assessment columns that must be empty without impacts. Kind and nextReviewDate are not among them:
     * the export writes them for every risk (THREAT and the appetite's date until assessed); without an
     * assessment they are checked but not used.
     */
    private static final List<String> ASSESSMENT_ONLY = List.of("responseStrategy", "proximity", "trigger",
            "contingencyPlan", "residualProbability", "residualImpact", "exposurePercent", "exposureCostImpact",
            "exposureCurrency");

    private static final int MAX_TRIGGER = 2000;
    private static final int MAX_CONTINGENCY = 4000;

    static final int MAX_ROWS = 5_000;
    static final int MAX_BYTES = 1 << 20;

    private static final List<String> OWNER = List.of("ownerSubject", "ownerEmail", "ownerName");

    private RiskCsv() {
    }

    static String write(List<RiskView> risks) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new))
                .get())) {
            for (RiskView r : risks) {
                RiskDescription d = r.description() == null ? RiskDescription.NONE : r.description();
                AssessmentApi.Impacts i = r.impacts();
                AssessmentApi.Residual residual = r.residual();
                AssessmentApi.Exposure exposure = r.exposure();
                csv.printRecord(r.key(), r.title(), d.cause(), d.event(), d.effect(), r.category(), r.kind(),
                        r.probability(), r.impact(), r.score(), i == null ? null : i.schedule(),
                        i == null ? null : i.cost(), i == null ? null : i.scopeQuality(),
                        r.owner() == null ? null : r.owner().subject(), r.owner() == null ? null : r.owner().email(),
                        r.owner() == null ? null : r.owner().name(), r.status(), r.responseStrategy(), r.proximity(),
                        r.trigger(), r.contingencyPlan(), residual == null ? null : residual.probability(),
                        residual == null ? null : residual.impact(), residual == null ? null : residual.score(),
                        exposure == null ? null : exposure.probabilityPercent(),
                        exposure == null ? null : exposure.costImpact(),
                        exposure == null ? null : exposure.amount(), exposure == null ? null : exposure.currency(),
                        r.nextReviewDate(), r.autoRaised(), r.createdAt(), r.id());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * One valid row: the risk to identify, its assessment when the row has one (null otherwise), and the line
     * (the header is line 1) it came from.
     */
    record Row(int line, CreateRiskRequest request, Risk.Assessment assessment) {
    }

    /**
     * Parses and checks every row; any error refuses the whole file with each error's row and column. A row
     * without owner columns is owned by {@code importer}.
     */
    static List<Row> read(String text, PersonRef importer, Validator validator) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                        .setTrim(true).get())) {
            List<String> header = parser.getHeaderNames();
            for (String required : List.of("title", "category", "probability", "impact")) {
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
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                if (rows.size() >= MAX_ROWS) {
                    errors.add(new Problem.FieldError("row " + line, "at most " + MAX_ROWS + " rows"));
                    break;
                }
                Row row = row(record, line, importer, validator, errors);
                if (row != null) {
                    rows.add(row);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            errors.add(new Problem.FieldError("body", "not a CSV file with a header row: " + e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw CsvErrors.refusal(errors);
        }
        if (rows.isEmpty()) {
            throw new ProblemException.Unprocessable("body", "the CSV file has no risk rows");
        }
        return rows;
    }

    private static Row row(CSVRecord r, int line, PersonRef importer, Validator validator,
            List<Problem.FieldError> errors) {
        int before = errors.size();
        RiskCategory category = null;
        String c = get(r, "category");
        if (c == null) {
            errors.add(cell(line, "category", "must not be blank"));
        } else {
            try {
                category = RiskCategory.valueOf(c);
            } catch (IllegalArgumentException e) {
                errors.add(cell(line, "category", "must be one of " + List.of(RiskCategory.values())));
            }
        }
        Integer probability = scale(r, "probability", line, errors);
        Integer impact = scale(r, "impact", line, errors);
        PersonRef owner = importer;
        if (OWNER.stream().anyMatch(column -> get(r, column) != null)) {
            for (String column : OWNER) {
                if (get(r, column) == null) {
                    errors.add(cell(line, column, "must not be blank when another owner column is set"));
                }
            }
            owner = new PersonRef(get(r, "ownerSubject"), get(r, "ownerEmail"), get(r, "ownerName"));
        }
        RiskDescription description = new RiskDescription(get(r, "cause"), get(r, "event"), get(r, "effect"));
        CreateRiskRequest request = new CreateRiskRequest(get(r, "title"), description, category, probability,
                impact, owner);
        List<ConstraintViolation<CreateRiskRequest>> violations = new ArrayList<>(validator.validate(request));
        violations.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
        for (ConstraintViolation<CreateRiskRequest> v : violations) {
            String column = column(v.getPropertyPath().toString());
            if (column == null) {
                continue; // category, probability and impact are reported while parsing
            }
            Problem.FieldError e = cell(line, column, v.getMessage());
            if (errors.subList(before, errors.size()).stream().noneMatch(x -> x.field().equals(e.field()))) {
                errors.add(e); // one error per cell: a blank owner column is reported once
            }
        }
        Risk.Assessment assessment = assessment(r, line, probability, impact, errors);
        return errors.size() > before ? null : new Row(line, request, assessment);
    }

    /**
     * The row's assessment, as {@code POST .../assessments} takes it: kind and the three impacts, all or none;
     * then impact must be the highest of them (as the export writes it), a response strategy must suit the kind,
     * the residual and the exposure come whole or not at all. Without kind and impacts, the other assessment
     * columns must be empty. Null when the row has no assessment or an error.
     */
    private static Risk.Assessment assessment(CSVRecord r, int line, Integer probability, Integer impact,
            List<Problem.FieldError> errors) {
        boolean assessed = ASSESSED.stream().anyMatch(column -> get(r, column) != null);
        if (!assessed) {
            for (String column : ASSESSMENT_ONLY) {
                if (get(r, column) != null) {
                    errors.add(cell(line, column, "an assessment column needs the assessment: scheduleImpact, "
                            + "costImpact and scopeImpact (and kind)"));
                }
            }
            enumValue(r, "kind", RiskKind.class, line, errors, false);
            date(r, "nextReviewDate", line, errors);
            return null;
        }
        int before = errors.size();
        RiskKind kind = enumValue(r, "kind", RiskKind.class, line, errors, true);
        Integer schedule = scale(r, "scheduleImpact", line, errors);
        Integer cost = scale(r, "costImpact", line, errors);
        Integer scope = scale(r, "scopeImpact", line, errors);
        if (impact != null && schedule != null && cost != null && scope != null) {
            int highest = Math.max(schedule, Math.max(cost, scope));
            if (impact != highest) {
                errors.add(cell(line, "impact", "must be the highest of scheduleImpact, costImpact and scopeImpact ("
                        + highest + ") when the risk is assessed"));
            }
        }
        ResponseStrategy strategy = enumValue(r, "responseStrategy", ResponseStrategy.class, line, errors, false);
        if (strategy != null && kind != null && !strategy.fits(kind)) {
            errors.add(cell(line, "responseStrategy", "a " + kind + " takes one of "
                    + ResponseStrategy.allowedFor(kind)));
        }
        LocalDate proximity = date(r, "proximity", line, errors);
        LocalDate nextReview = date(r, "nextReviewDate", line, errors);
        String trigger = text(r, "trigger", MAX_TRIGGER, line, errors);
        String contingency = text(r, "contingencyPlan", MAX_CONTINGENCY, line, errors);
        Integer residualProbability = null;
        Integer residualImpact = null;
        if (get(r, "residualProbability") != null || get(r, "residualImpact") != null) {
            residualProbability = scale(r, "residualProbability", line, errors);
            residualImpact = scale(r, "residualImpact", line, errors);
        }
        Integer percent = null;
        BigDecimal costImpact = null;
        String currency = null;
        if (List.of("exposurePercent", "exposureCostImpact", "exposureCurrency").stream()
                .anyMatch(column -> get(r, column) != null)) {
            percent = whole(r, "exposurePercent", 0, 100, line, errors);
            costImpact = amount(r, "exposureCostImpact", line, errors);
            currency = get(r, "exposureCurrency");
            if (currency == null) {
                errors.add(cell(line, "exposureCurrency", "must not be blank when another exposure column is set"));
            } else if (!currency.matches("[A-Z]{3}")) {
                errors.add(cell(line, "exposureCurrency", "must be an ISO 4217 code such as EUR"));
            }
        }
        if (errors.size() > before || probability == null) {
            return null;
        }
        return new Risk.Assessment(kind, probability, schedule, cost, scope, percent, costImpact, currency, proximity,
                trigger, strategy, contingency, residualProbability, residualImpact, nextReview, List.of(), List.of());
    }

    private static <E extends Enum<E>> E enumValue(CSVRecord r, String column, Class<E> type, int line,
            List<Problem.FieldError> errors, boolean required) {
        String v = get(r, column);
        if (v == null) {
            if (required) {
                errors.add(cell(line, column, "must not be blank when the risk is assessed"));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            errors.add(cell(line, column, "must be one of " + List.of(type.getEnumConstants())));
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
            errors.add(cell(line, column, "must be an ISO date such as 2027-03-01"));
            return null;
        }
    }

    private static String text(CSVRecord r, String column, int max, int line, List<Problem.FieldError> errors) {
        String v = get(r, column);
        if (v != null && v.length() > max) {
            errors.add(cell(line, column, "at most " + max + " characters"));
            return null;
        }
        return v;
    }

    private static Integer whole(CSVRecord r, String column, int min, int max, int line,
            List<Problem.FieldError> errors) {
        String v = get(r, column);
        if (v == null) {
            errors.add(cell(line, column, "must not be blank when another exposure column is set"));
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

    private static BigDecimal amount(CSVRecord r, String column, int line, List<Problem.FieldError> errors) {
        String v = get(r, column);
        if (v == null) {
            errors.add(cell(line, column, "must not be blank when another exposure column is set"));
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(v);
            if (n.signum() < 0 || n.scale() > 2 || n.precision() - n.scale() > 16) {
                errors.add(cell(line, column, "must be an amount of at least 0 with at most 2 decimals"));
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(cell(line, column, "must be a number such as 120000.00"));
            return null;
        }
    }

    /** The CSV column of a violated property, or null for the properties reported while parsing. */
    private static String column(String path) {
        if (path.startsWith("description.")) {
            return path.substring("description.".length());
        }
        if (path.startsWith("owner.")) {
            String part = path.substring("owner.".length());
            return "owner" + Character.toUpperCase(part.charAt(0)) + part.substring(1);
        }
        return path.equals("title") ? "title" : null;
    }

    private static Integer scale(CSVRecord r, String column, int line, List<Problem.FieldError> errors) {
        String v = get(r, column);
        if (v == null) {
            errors.add(cell(line, column, "must not be blank"));
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < Risk.MIN_SCALE || n > Risk.MAX_SCALE) {
                errors.add(cell(line, column, "must be between " + Risk.MIN_SCALE + " and " + Risk.MAX_SCALE));
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(cell(line, column, "must be a whole number"));
            return null;
        }
    }

    private static String get(CSVRecord r, String column) {
        if (!r.isMapped(column) || !r.isSet(column)) {
            return null;
        }
        String v = r.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
