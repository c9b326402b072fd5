package dev.postern.gateway.repository;

import io.vertx.pgclient.PgException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which constraint a failed write broke, wherever in the cause chain the driver or Hibernate
 * put it (a Vert.x {@link PgException}, or Hibernate's {@link SQLException} wrapping of it).
 */
public final class ConstraintViolations {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final Pattern CONSTRAINT = Pattern.compile("unique constraint \"([^\"]+)\"");

    private ConstraintViolations() {
    }

    public static Optional<String> uniqueConstraint(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())) {
                return Optional.ofNullable(pg.getConstraint()).or(() -> named(pg.getMessage()));
            }
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return named(sql.getMessage());
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException cv && cv.getConstraintName() != null) {
                return Optional.of(cv.getConstraintName());
            }
        }
        return Optional.empty();
    }

    /** The statement gave up waiting for a row lock (lock_timeout). */
    public static boolean lockTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PgException pg && LOCK_NOT_AVAILABLE.equals(pg.getSqlState())
                    || t instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> named(String message) {
        Matcher m = CONSTRAINT.matcher(message == null ? "" : message);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
