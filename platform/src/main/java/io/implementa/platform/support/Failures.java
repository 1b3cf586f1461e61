package io.implementa.platform.support;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;

/**
 * Classifies failures once for the whole platform: the consumer retries transient ones instead of
 * dead-lettering, and the HTTP layer answers 503 instead of 500 when the database is unreachable.
 */
public final class Failures {

    private Failures() {
    }

    /** The service's database cannot be reached (down, restarting, pool exhausted). */
    public static boolean isDatabaseUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getSQLState() == null
                    || sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Worth retrying as it is: the database is unavailable, a lock or serialisation conflict, or a
     * resource exhausted for the moment (SQLSTATE classes 40, 53, 55P03 lock not available).
     */
    public static boolean isTransient(Throwable failure) {
        if (isDatabaseUnavailable(failure)) {
            return true;
        }
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof SQLTransientException
                    || t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof org.hibernate.exception.LockAcquisitionException
                    || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().startsWith("40")
                    || sql.getSQLState().startsWith("53") || sql.getSQLState().equals("55P03"))) {
                return true;
            }
        }
        return false;
    }

    /** The deepest cause's class and message, for logs and dead-letter reasons. */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        while (next(root) != null) {
            root = next(root);
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Throwable next(Throwable t) {
        return t.getCause() == t ? null : t.getCause();
    }
}
