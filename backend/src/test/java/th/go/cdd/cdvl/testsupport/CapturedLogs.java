package th.go.cdd.cdvl.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.formatters.PatternFormatter;

/**
 * Everything the running app logs, at the levels its configuration lets through, kept in memory
 * while a test runs: each record with its category, level, message and any exception with its
 * causes and stack, as an operator would read them. The embedded test database's server log, which
 * zonky forwards into ours, is left out: in production it is the database's log, not the app's.
 */
public final class CapturedLogs extends Handler implements AutoCloseable {

    private static final String EMBEDDED_DATABASE = "io.zonky.";

    private final PatternFormatter format = new PatternFormatter("%c %p %s%e%n");
    private final List<String> lines = new ArrayList<>();

    private CapturedLogs() {
        setLevel(Level.ALL);
    }

    /** Starts capturing on the root logger; close to stop. */
    public static CapturedLogs start() {
        CapturedLogs logs = new CapturedLogs();
        Logger.getLogger("").addHandler(logs);
        return logs;
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (record.getLoggerName() != null && record.getLoggerName().startsWith(EMBEDDED_DATABASE)) {
            return;
        }
        lines.add(format.format(record));
    }

    public synchronized String text() {
        return String.join("", lines);
    }

    public synchronized int size() {
        return lines.size();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
