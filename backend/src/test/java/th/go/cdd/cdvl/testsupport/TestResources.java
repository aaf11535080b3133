package th.go.cdd.cdvl.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/** Global test resources: declared once, shared by every {@code @QuarkusTest} of the run. */
@QuarkusTestResource(PostgresTestResource.class)
public class TestResources {
}
