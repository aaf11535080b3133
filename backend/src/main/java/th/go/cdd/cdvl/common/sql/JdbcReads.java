package th.go.cdd.cdvl.common.sql;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Plain JDBC for the busiest reads, the list pages: one connection of the "reads" pool, the page's
 * rows read straight into the views the API answers with. Going through Hibernate cost most of a list request (entity
 * snapshots, a connection per statement, query interpretation) and the lists are read-only, so
 * nothing of the persistence context is needed. Writes and single-entity reads stay in Panache.
 * SQL text comes from the callers' constants and whitelisted sort columns; every value is a bind
 * parameter.
 */
@ApplicationScoped
public class JdbcReads {

    /** Reads one row; the result set is positioned on it. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** A page of rows and the number of rows matching in all. */
    public record Page<T>(List<T> rows, long total) {

        public static <T> Page<T> empty() {
            return new Page<>(List.of(), 0);
        }
    }

    private final DataSource dataSource;

    /** The "reads" pool: its connections plan each statement once (application.properties). */
    public JdbcReads(@io.quarkus.agroal.DataSource("reads") AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The rows of {@code pageSql} (which ends with {@code limit ? offset ?}, bound after the values
     * of {@code where}) and the count of {@code countSql} (the same values), on one connection.
     * The count is skipped when the page has rows but is not full: the rows before it and its own
     * are then all there are.
     */
    public <T> Page<T> page(String pageSql, String countSql, SqlWhere where, int page, int size, RowReader<T> reader) {
        List<Object> params = where.params();
        try (Connection connection = dataSource.getConnection()) {
            List<T> rows = new ArrayList<>(Math.min(size, 64));
            try (PreparedStatement statement = connection.prepareStatement(pageSql)) {
                int index = bind(statement, params);
                statement.setInt(index++, size);
                statement.setLong(index, (long) page * size);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(reader.read(result));
                    }
                }
            }
            if (rows.size() < size && (!rows.isEmpty() || page == 0)) {
                return new Page<>(rows, (long) page * size + rows.size());
            }
            try (PreparedStatement statement = connection.prepareStatement(countSql)) {
                bind(statement, params);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return new Page<>(rows, result.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new ReadFailed(e);
        }
    }

    private static int bind(PreparedStatement statement, List<?> params) throws SQLException {
        int index = 1;
        for (Object param : params) {
            statement.setObject(index++, param instanceof Enum<?> e ? e.name() : param);
        }
        return index;
    }

    /** A read that failed in the database; {@code DatabaseUnavailable} looks into its cause. */
    public static final class ReadFailed extends RuntimeException {
        ReadFailed(SQLException cause) {
            super("A list query failed (SQLSTATE " + cause.getSQLState() + ")", cause);
        }
    }
}
