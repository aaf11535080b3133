package th.go.cdd.cdvl.common.error;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Recognises a failure that means "PostgreSQL cannot be reached right now" rather than a bug: the
 * server is down or restarting, a pooled connection died with it, or no connection came within the
 * pool's acquisition timeout. Such a failure is answered 503 with Retry-After, not 500.
 */
public final class DatabaseUnavailable {

    /**
     * SQLSTATE class 08 (connection exception), and the server ending or refusing sessions:
     * 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, 53300 too_many_connections.
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseUnavailable() {
    }

    /** The exception in the cause chain (or among suppressed ones) that shows the database is unavailable. */
    public static Optional<Throwable> causeOf(Throwable failure) {
        return find(failure, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static Optional<Throwable> find(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return Optional.empty();
        }
        if (isUnavailable(t)) {
            return Optional.of(t);
        }
        Optional<Throwable> inCause = find(t.getCause(), seen);
        if (inCause.isPresent()) {
            return inCause;
        }
        // a commit that failed keeps the database's error as a suppressed exception
        for (Throwable suppressed : t.getSuppressed()) {
            Optional<Throwable> found = find(suppressed, seen);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static boolean isUnavailable(Throwable t) {
        if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null) {
                return state.startsWith("08") || UNAVAILABLE_STATES.contains(state);
            }
            // Agroal's pool says so only in words: "Acquisition timeout while waiting for new connection"
            String message = sql.getMessage();
            return message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
        }
        return false;
    }

    /** For the log: the kind of failure without its message, which may quote the values being written. */
    public static String describe(Throwable cause) {
        String state = cause instanceof SQLException sql ? sql.getSQLState()
                : cause instanceof org.hibernate.JDBCException jdbc ? jdbc.getSQLState() : null;
        return cause.getClass().getName() + (state == null ? "" : " (SQLSTATE " + state + ")");
    }
}
