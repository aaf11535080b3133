package th.go.cdd.cdvl.center;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static th.go.cdd.cdvl.testsupport.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperatingPointResourceTest {

    @Inject
    CenterFixtures fixtures;

    @Test
    @TestSecurity(user = "demo.province52", roles = "province-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void aDistrictPointIsOneOfItsCentersOrAnAddress() {
        UUID center = fixtures.center("520301", "ศูนย์จุดดำเนินการ");
        String path = "/api/v1/districts/5203/operating-point";
        assertProblem(given().get(path).then(), 404, "center.operating-point.not-set");
        given().contentType(ContentType.JSON).body(Map.of("centerId", center.toString())).put(path).then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("centerName", equalTo("ศูนย์จุดดำเนินการ"));
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("address", "ที่ว่าการอำเภอ")).put(path).then(),
                428, "version.required");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("address", "ที่ว่าการอำเภอ", "latitude", 18.5, "longitude", 99.7)).put(path).then()
                .statusCode(200)
                .body("address", equalTo("ที่ว่าการอำเภอ"));
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of()).put(path).then(),
                422, "center.operating-point.empty");
        UUID elsewhere = fixtures.center("520401", "ศูนย์อำเภออื่น");
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("centerId", elsewhere.toString())).put(path).then(), 422,
                "center.operating-point.center-unknown");
        given().get("/api/v1/centers/" + center + "/history").then().statusCode(200);
        given().queryParam("entityType", "OPERATING_POINT").get("/api/v1/audit-events").then()
                .body("items.action", org.hamcrest.Matchers.hasItems("CREATE", "UPDATE"));
    }

    @Test
    @TestSecurity(user = "demo.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void anotherDistrictsPointIsHiddenAndCannotBeSet() {
        assertProblem(given().get("/api/v1/districts/5202/operating-point").then(), 404, "geo.not-found");
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("address", "x"))
                .put("/api/v1/districts/5202/operating-point").then(), 403, "center.area.forbidden");
        assertProblem(given().get("/api/v1/districts/52x/operating-point").then(), 400, "geo.code.malformed");
    }

    @Test
    @TestSecurity(user = "demo.viewer52", roles = "viewer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void aViewerCannotSetAPoint() {
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("address", "x"))
                .put("/api/v1/districts/5205/operating-point").then(), 403, "auth.forbidden");
    }

    @Test
    void refusesCallersWithoutAToken() {
        assertProblem(given().get("/api/v1/districts/5201/operating-point").then(), 401, "auth.unauthenticated");
    }
}
