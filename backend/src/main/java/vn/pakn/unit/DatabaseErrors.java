package vn.pakn.unit;

import java.sql.SQLException;

/** Recognises PostgreSQL errors that are the client's fault rather than ours. */
public final class DatabaseErrors {

    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private DatabaseErrors() {
    }

    /** A row still refers to the one being deleted (Hibernate Reactive reports it as a wrapped SQLException). */
    public static boolean isForeignKeyViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
