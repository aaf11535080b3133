package th.go.cdd.cdvl.common.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The conditions of a plain SQL read and their bind values, in order. */
public final class SqlWhere {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    /**
     * Codes of {@code column} starting with {@code prefix}, as a range rather than a LIKE: a
     * generic plan can use a range on an index (varchar_pattern_ops) for any prefix, a LIKE with a
     * bound pattern it cannot. Geocodes are digits, so every code with the prefix sorts below
     * prefix + '~'.
     */
    public SqlWhere codesUnder(String column, String prefix) {
        return and(column + " ~>=~ ? and " + column + " ~<~ ?", prefix, prefix + "~");
    }

    /** {@code column = value}, or nothing when the filter is not set (null). */
    public SqlWhere equal(String column, Object value) {
        return value == null ? this : and(column + " = ?", value);
    }

    public SqlWhere and(String condition, Object... values) {
        sql.append(sql.isEmpty() ? "" : " and ").append(condition);
        Collections.addAll(params, values);
        return this;
    }

    public String sql() {
        return sql.toString();
    }

    public List<Object> params() {
        return params;
    }
}
