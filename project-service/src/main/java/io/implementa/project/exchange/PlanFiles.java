package io.implementa.project.exchange;

import io.implementa.platform.http.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.mpxj.Duration;
import org.mpxj.MPXJException;
import org.mpxj.ProjectFile;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIReader;
import org.mpxj.reader.UniversalProjectReader;

/**
 * Reads plan files with MPXJ and converts its units to ours: durations, lags and slack in whole working
 * days at the file's hours per day, rounded half up as MS Project shows them (12h at 8h/day is 2 days).
 */
final class PlanFiles {

    private PlanFiles() {
    }

    /** Reads at most {@code maxBytes}; more is refused with 413, an unreadable file with 422. */
    static byte[] readLimited(InputStream body, long maxBytes) {
        if (body == null) {
            throw new ProblemException.Unprocessable("body", "the plan file is missing");
        }
        try {
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new ProblemException(413, "plan-too-large", "Plan file too large",
                        "plan files are limited to " + maxBytes + " bytes");
            }
            if (bytes.length == 0) {
                throw new ProblemException.Unprocessable("body", "the plan file is empty");
            }
            return bytes;
        } catch (IOException e) {
            throw new ProblemException(400, "unreadable-body", "Unreadable body", "the plan file could not be read");
        }
    }

    /** Parses an MSPDI (MS Project XML) document. */
    static ProjectFile readMspdi(byte[] bytes) {
        try {
            ProjectFile file = new MSPDIReader().read(new ByteArrayInputStream(bytes));
            if (file == null) {
                throw unreadable("not an MSPDI document");
            }
            return file;
        } catch (MPXJException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw unreadable(rootMessage(e));
        }
    }

    /** A file read by content, whatever its format: MSPDI, MPP, Primavera XER/PMXML and the others MPXJ reads. */
    record Read(ProjectFile file, String format) {
    }

    static Read readAny(byte[] bytes) {
        try {
            UniversalProjectReader reader = new UniversalProjectReader();
            ProjectFile file = reader.read(new ByteArrayInputStream(bytes));
            if (file == null) {
                throw new ProblemException(422, "unreadable-plan", "Unreadable plan file",
                        "the file is in no plan format MPXJ recognises");
            }
            String type = file.getProjectProperties().getFileType();
            return new Read(file, type == null ? "UNKNOWN" : type.toUpperCase(java.util.Locale.ROOT));
        } catch (MPXJException | RuntimeException | LinkageError e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw new ProblemException(422, "unreadable-plan", "Unreadable plan file",
                    "the file could not be read as a plan: " + rootMessage(e));
        }
    }

    static ProblemException unreadable(String why) {
        return new ProblemException(422, "unreadable-plan", "Unreadable plan file",
                "the file is not a plan MPXJ can read as MSPDI: " + why);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    static double hoursPerDay(ProjectFile file) {
        Integer minutes = file.getProjectProperties().getMinutesPerDay();
        return minutes == null || minutes <= 0 ? 8.0 : minutes / 60.0;
    }

    /** A duration in hours, or NaN when its unit (a percentage) has no length. */
    static double hours(ProjectFile file, Duration d) {
        if (d == null) {
            return 0;
        }
        if (d.getUnits() == TimeUnit.PERCENT || d.getUnits() == TimeUnit.ELAPSED_PERCENT) {
            return Double.NaN;
        }
        Duration h = d.convertUnits(TimeUnit.HOURS, file.getProjectProperties());
        return h.getDuration();
    }

    /** Whole working days, rounding half away from zero. */
    static int days(double hours, double hoursPerDay) {
        double days = hours / hoursPerDay;
        return (int) (days >= 0 ? Math.floor(days + 0.5) : -Math.floor(-days + 0.5));
    }

    static boolean whole(double hours, double hoursPerDay) {
        double days = hours / hoursPerDay;
        return Math.abs(days - Math.rint(days)) < 1e-6;
    }


    static LocalDate date(java.time.LocalDateTime at) {
        return at == null ? null : at.toLocalDate();
    }
}
