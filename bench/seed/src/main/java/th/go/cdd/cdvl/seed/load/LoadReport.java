package th.go.cdd.cdvl.seed.load;

import java.util.LinkedHashMap;
import java.util.Map;

/** Rows and time per table, printed as they finish and kept for the summary and the audit row. */
public final class LoadReport {

    public record Entry(long rows, double seconds) {
    }

    private final Map<String, Entry> tables = new LinkedHashMap<>();

    public synchronized void table(String table, long rows, long nanos) {
        Entry entry = new Entry(rows, nanos / 1e9);
        tables.merge(table, entry, (a, b) -> new Entry(a.rows() + b.rows(), a.seconds() + b.seconds()));
        System.out.printf("  %-18s %,10d rows  %6.1f s%n", table, rows, entry.seconds());
    }

    public synchronized Map<String, Entry> tables() {
        return new LinkedHashMap<>(tables);
    }

    public synchronized Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        tables.forEach((table, e) -> counts.put(table, e.rows()));
        return counts;
    }
}
