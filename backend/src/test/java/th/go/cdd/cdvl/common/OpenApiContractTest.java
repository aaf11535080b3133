package th.go.cdd.cdvl.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The checked-in contract (openapi/openapi.yaml), which the SPA's types and other systems are
 * built from, must be exactly what the code declares. A failure here means: run
 * {@code make openapi} (or any backend build) and commit openapi/.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path CHECKED_IN = Path.of("../openapi/openapi.yaml");
    /** Written by the test profile's augmentation, from the same annotations as a production build. */
    private static final Path GENERATED = Path.of("target/openapi/openapi.yaml");

    @Test
    void checkedInContractMatchesTheCode() throws IOException {
        String generated = Files.readString(GENERATED);
        assertThat(Files.exists(CHECKED_IN)).as("openapi/openapi.yaml is checked in").isTrue();
        assertThat(normalise(generated))
                .as("openapi/openapi.yaml differs from the code: rebuild the backend and commit openapi/")
                .isEqualTo(normalise(Files.readString(CHECKED_IN)));
    }

    private static String normalise(String yaml) {
        return yaml.replace("\r\n", "\n").strip();
    }
}
