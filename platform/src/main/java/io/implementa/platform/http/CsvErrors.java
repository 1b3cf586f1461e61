package io.implementa.platform.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The errors of an all-or-nothing CSV import, as every service answers them: each names its row (the file's line,
 * header = 1) and column as {@code "row <line>, column <column>"}, and the refusal is one 422 listing them in
 * {@code errors} and, for clients that want the parts apart, in {@code rowErrors} ({@code row}, {@code column},
 * {@code message}). See docs/api-conventions.md.
 */
public final class CsvErrors {

    private static final Pattern CELL = Pattern.compile("row (\\d+)(?:, column (.+))?");

    private CsvErrors() {
    }

    /** The error of one cell. */
    public static Problem.FieldError cell(int line, String column, String message) {
        return new Problem.FieldError("row " + line + ", column " + column, message);
    }

    /** The 422 that refuses the file as a whole: nothing of it is imported. */
    public static ProblemException refusal(List<Problem.FieldError> errors) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Problem.FieldError e : errors) {
            Matcher m = CELL.matcher(e.field());
            Map<String, Object> entry = new LinkedHashMap<>();
            if (m.matches()) {
                entry.put("row", Integer.parseInt(m.group(1)));
                entry.put("column", m.group(2));
            }
            entry.put("message", e.message());
            rows.add(entry);
        }
        return new ProblemException.Unprocessable("the CSV file was refused as a whole: " + errors.size()
                + " error(s); nothing was imported", errors).with("rowErrors", rows);
    }
}
