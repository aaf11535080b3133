package th.go.cdd.cdvl.common.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AppConfigResourceTest {

    @ConfigProperty(name = "cdvl.photos.max-bytes")
    long maxBytes;

    @ConfigProperty(name = "cdvl.photos.max-per-activity")
    int maxPerActivity;

    @Test
    void servesThePhotoLimitsAsConfiguredSoTheSpaKeepsNoCopy() {
        JsonPath config = given().get("/api/v1/app-config").then().statusCode(200).extract().jsonPath();

        // %test sets a smaller size than the default, so a hard-coded answer would fail here.
        assertThat(maxBytes).isEqualTo(300_000L);
        assertThat(config.getLong("photos.maxBytes")).isEqualTo(maxBytes);
        assertThat(config.getInt("photos.maxPerActivity")).isEqualTo(maxPerActivity);
        assertThat(config.getList("photos.acceptedTypes", String.class))
                .containsExactly("image/jpeg", "image/png", "image/webp");
    }

    @Test
    void servesTheBoxAGpsPointMustLieIn() {
        JsonPath config = given().get("/api/v1/app-config").then().statusCode(200).extract().jsonPath();

        assertThat(config.getDouble("thailand.minLatitude")).isEqualTo(5.5);
        assertThat(config.getDouble("thailand.maxLatitude")).isEqualTo(20.6);
        assertThat(config.getDouble("thailand.minLongitude")).isEqualTo(97.3);
        assertThat(config.getDouble("thailand.maxLongitude")).isEqualTo(105.7);
    }
}
