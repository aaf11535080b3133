package th.go.cdd.cdvl.security;

import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The part of the country a caller may see and change. Official geocodes nest by prefix (province
 * {@code 52} contains district {@code 5201}, which contains sub-district {@code 520101}), so a scope
 * is a code prefix: queries keep the codes starting with it and writes check {@link #covers}.
 *
 * <p>This is the one place that turns a scope (or an area it is narrowed to) into SQL, in two forms
 * that say the same thing, each fast on its own connection pool (application.properties):
 * <ul>
 * <li>{@link #like(String)}, a LIKE with a named parameter, for HQL, Panache and native queries on the
 * default pool. {@code scope.like("c.subdistrictCode")} for province 52 is the fragment
 * {@code c.subdistrictCode like :scope} with {@code scope = "52%"}. That pool plans every statement
 * with its values ({@code plan_cache_mode=force_custom_plan}), so PostgreSQL sees the pattern is a
 * prefix and reads an index range; a generic plan could not, and would scan the table.</li>
 * <li>{@link #range(String)}, a range with positional parameters, for the plain JDBC list reads
 * ({@code common/sql/JdbcReads}, through {@code SqlWhere.within}). {@code scope.range("c.subdistrict_code")}
 * for province 52 is {@code c.subdistrict_code ~>=~ ? and c.subdistrict_code ~<~ ?} with {@code "52"}
 * and {@code "52~"}. The "reads" pool plans each statement once ({@code force_generic_plan}, since
 * planning every run cost as much as running it), and a generic plan can use a range on an index
 * (varchar_pattern_ops) for any bound prefix, which it cannot for a bound LIKE pattern. Geocodes are
 * digits, so every code with the prefix sorts below prefix + '~'.</li>
 * </ul>
 * An extra narrowing to a requested area ({@code areaCode}) uses the same helpers
 * ({@link #like(String, String)}, {@link #range(String, String)}, {@link Like#under}), so no query
 * writes a pattern or a range by hand.
 */
public record AreaScope(AreaLevel level, String code) {

    public static final AreaScope NATIONAL = new AreaScope(AreaLevel.NATIONAL, null);

    /** The {@code area_code} that gives a viewer or another system the whole country. */
    public static final String NATION_CODE = "TH";

    public static AreaScope province(String code) {
        return new AreaScope(AreaLevel.PROVINCE, code);
    }

    public static AreaScope district(String code) {
        return new AreaScope(AreaLevel.DISTRICT, code);
    }

    /** The prefix every geocode inside this scope starts with; empty for the nation. */
    public String prefix() {
        return code == null ? "" : code;
    }

    public boolean covers(String geocode) {
        return geocode != null && geocode.startsWith(prefix());
    }

    /**
     * The prefix of the codes inside both this scope and {@code areaCode} (null: the whole scope),
     * or nothing when the two do not overlap.
     */
    public Optional<String> narrowedTo(String areaCode) {
        if (areaCode == null || prefix().startsWith(areaCode)) {
            return Optional.of(prefix());
        }
        return areaCode.startsWith(prefix()) ? Optional.of(areaCode) : Optional.empty();
    }

    /** The codes of {@code column} inside this scope: {@code column like :scope}. */
    public Like like(String column) {
        return Like.under(column, "scope", prefix());
    }

    /**
     * The codes of {@code column} inside this scope and under {@code areaCode} ("" for any):
     * {@code column like :scope and column like :area}.
     */
    public Like like(String column, String areaCode) {
        return like(column).and(Like.under(column, "area", areaCode));
    }

    /**
     * The areas in {@code column} that contain this scope (a province-wide partner, for a district
     * caller): {@code :scopeCode like concat(column, '%')}.
     */
    public Like containedIn(String column) {
        return Like.over(column, "scopeCode", prefix());
    }

    /** The codes of {@code column} inside this scope, as a range for the JDBC reads. */
    public Range range(String column) {
        return Range.under(column, prefix());
    }

    /**
     * The codes of {@code column} inside both this scope and {@code areaCode} (null: the whole scope),
     * as a range, or nothing when the two do not overlap (see {@link #narrowedTo}).
     */
    public Optional<Range> range(String column, String areaCode) {
        return narrowedTo(areaCode).map(prefix -> Range.under(column, prefix));
    }

    /**
     * A condition of an HQL, Panache or native query with its named parameters. Put {@link #sql()}
     * (or the record itself: {@code toString} is the SQL) into the query text, then bind with
     * {@link #bind} or {@link #parameters()}.
     */
    public record Like(String sql, Map<String, Object> values) {

        /** Codes of {@code column} starting with {@code prefix} ("" for all), bound as {@code :parameter}. */
        public static Like under(String column, String parameter, String prefix) {
            return new Like(column + " like :" + parameter, Map.of(parameter, prefix + "%"));
        }

        /** Codes in {@code column} that {@code code} starts with (the areas containing it), bound as {@code :parameter}. */
        public static Like over(String column, String parameter, String code) {
            return new Like(":" + parameter + " like concat(" + column + ", '%')", Map.of(parameter, code));
        }

        public Like and(Like other) {
            return join(" and ", other);
        }

        public Like or(Like other) {
            return join(" or ", other);
        }

        /** The condition in parentheses, to combine with {@code and} after an {@code or}. */
        public Like parenthesized() {
            return new Like("(" + sql + ")", values);
        }

        private Like join(String operator, Like other) {
            Map<String, Object> all = new LinkedHashMap<>(values);
            other.values.forEach((name, value) -> {
                Object before = all.putIfAbsent(name, value);
                if (before != null && !before.equals(value)) {
                    throw new IllegalArgumentException("Parameter " + name + " bound twice with different values");
                }
            });
            return new Like(sql + operator + other.sql, Map.copyOf(all));
        }

        /** The values as Panache parameters, to add others to. */
        public Parameters parameters() {
            Parameters parameters = new Parameters();
            values.forEach(parameters::and);
            return parameters;
        }

        /** Binds the values to a JPA or native query. */
        public <Q extends Query> Q bind(Q query) {
            values.forEach(query::setParameter);
            return query;
        }

        @Override
        public String toString() {
            return sql;
        }
    }

    /** A condition of a plain JDBC read with its positional values, in order. */
    public record Range(String sql, List<Object> values) {

        /** Codes of {@code column} starting with {@code prefix}: {@code column ~>=~ prefix and column ~<~ prefix + '~'}. */
        public static Range under(String column, String prefix) {
            return new Range(column + " ~>=~ ? and " + column + " ~<~ ?", List.of(prefix, prefix + "~"));
        }
    }
}
