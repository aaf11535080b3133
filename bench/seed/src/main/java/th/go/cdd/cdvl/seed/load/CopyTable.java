package th.go.cdd.cdvl.seed.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Rows streamed into one table with {@code COPY ... FROM STDIN} (text format), the fastest way into
 * PostgreSQL: constraints, indexes and foreign keys are checked as for any insert.
 */
public final class CopyTable implements AutoCloseable {

    private final String table;
    private final PGCopyOutputStream out;
    private final BufferedWriter writer;
    private final StringBuilder line = new StringBuilder(512);
    private final LoadReport report;
    private final long started = System.nanoTime();
    private long rows;

    public CopyTable(Connection db, LoadReport report, String table, String... columns) throws SQLException {
        this.table = table;
        this.report = report;
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT text)";
        this.out = new PGCopyOutputStream(db.unwrap(PGConnection.class), sql, 1 << 16);
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    public void row(Object... values) {
        line.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            append(values[i]);
        }
        line.append('\n');
        try {
            writer.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException("COPY into " + table + " failed", e);
        }
        rows++;
    }

    public long rows() {
        return rows;
    }

    private void append(Object value) {
        if (value == null) {
            line.append("\\N");
        } else if (value instanceof Boolean b) {
            line.append(b ? 't' : 'f');
        } else if (value instanceof BigDecimal d) {
            line.append(d.toPlainString());
        } else if (value instanceof OffsetDateTime t) {
            line.append(t);
        } else if (value instanceof Number || value instanceof java.util.UUID || value instanceof java.time.LocalDate) {
            line.append(value);
        } else {
            escape(value.toString());
        }
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }

    /** Ends the COPY: PostgreSQL checks the deferred work (unique indexes, foreign keys) here. */
    @Override
    public void close() throws IOException {
        writer.flush();
        out.close();
        report.table(table, rows, System.nanoTime() - started);
    }
}
