package th.go.cdd.cdvl.common.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import th.go.cdd.cdvl.security.AreaScope;

/** The conditions of a plain SQL read and their bind values, in order. */
public final class SqlWhere {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    /** Codes of {@code column} inside the caller's scope, as a range (see {@link AreaScope} for why). */
    public SqlWhere within(AreaScope scope, String column) {
        return within(scope.range(column));
    }

    /** An area condition from {@link AreaScope#range}, e.g. a scope narrowed to a requested area. */
    public SqlWhere within(AreaScope.Range range) {
        return and(range.sql(), range.values().toArray());
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
