package th.go.cdd.cdvl.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.concurrent.TimeoutException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * An unreachable database is answered 503 with Retry-After, however deep the driver's or the
 * pool's exception sits; everything else keeps its answer. The reliability suite
 * (`make test-reliability`) checks the same against a PostgreSQL that really stops.
 */
class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void connectionRefusedWhileOpeningAConnection() {
        PSQLException refused = new PSQLException("Connection to localhost:15432 refused.",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT, new java.net.ConnectException("Connection refused"));
        assertServiceUnavailable(new JDBCConnectionException("Unable to acquire JDBC Connection", refused));
    }

    @Test
    void noConnectionWithinThePoolsAcquisitionTimeout() {
        SQLException timeout = new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException());
        assertServiceUnavailable(new PersistenceException(new GenericJDBCException("Unable to acquire JDBC Connection", timeout)));
    }

    @Test
    void theServerEndedTheSessionDuringAQuery() {
        SQLException shutdown = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
        assertServiceUnavailable(new GenericJDBCException("Unable to bind parameter #3", shutdown));
    }

    @Test
    void aPooledConnectionThatDiedWithTheOldServer() {
        assertServiceUnavailable(new IllegalStateException(new SQLException("This connection has been closed.", "08003")));
    }

    @Test
    void aCommitThatFailedKeepsTheCauseAsSuppressed() {
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertServiceUnavailable(rollback);
    }

    @Test
    void otherDatabaseErrorsKeepTheirAnswers() {
        assertThat(mappers.unexpected(new PersistenceException(new SQLException("value too long", "22001")), null)
                .getStatus()).isEqualTo(422);
        assertThat(mappers.unexpected(new PersistenceException(new SQLException("syntax error", "42601")), null)
                .getStatus()).isEqualTo(500);
        assertThat(mappers.unexpected(new SQLException("something else"), null).getStatus()).isEqualTo(500);
        assertThat(mappers.unexpected(new IllegalStateException("a bug"), null).getStatus()).isEqualTo(500);
    }

    @Test
    void writesThatCollidedInTheDatabaseAreToldToTryAgain() {
        for (String state : new String[] {"40P01", "40001"}) {
            Response response = mappers.unexpected(new RollbackException("ARJUNA016053: Could not commit transaction."),
                    null);
            assertThat(response.getStatus()).isEqualTo(500);
            RollbackException rolledBack = new RollbackException("could not execute statement");
            rolledBack.initCause(new GenericJDBCException("could not execute statement", new SQLException("deadlock detected", state)));
            response = mappers.unexpected(rolledBack, null);
            assertThat(response.getStatus()).as(state).isEqualTo(409);
            assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
            assertThat(((Problem) response.getEntity()).code()).isEqualTo("resource.conflict");
        }
    }

    private void assertServiceUnavailable(Throwable failure) {
        Response response = mappers.unexpected(failure, null);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.code()).isEqualTo("service.unavailable");
        assertThat(problem.type()).isEqualTo("https://cdvl.example/problems/service.unavailable");
        assertThat(problem.status()).isEqualTo(503);
    }
}
