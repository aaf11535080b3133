package th.go.cdd.cdvl.geo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static th.go.cdd.cdvl.testsupport.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GeoResourceTest {

    @Test
    @TestSecurity(user = "reader", roles = "viewer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "TH"))
    void listsAllProvincesWithTheirCounts() {
        given().get("/api/v1/provinces").then()
                .statusCode(200)
                .body("totalItems", equalTo(77))
                .body("items", hasSize(77))
                .body("items.find { it.code == '52' }.nameTh", equalTo("ลำปาง"))
                .body("items.find { it.code == '52' }.nameEn", equalTo("Lampang"))
                .body("items.find { it.code == '52' }.districtCount", equalTo(13))
                .body("items.find { it.code == '52' }.subdistrictCount", equalTo(100));
    }

    @Test
    @TestSecurity(user = "reader", roles = "district-officer")
    void countsTheWholeCountryAsTheReferenceDataSays() {
        given().get("/api/v1/provinces").then()
                .body("items.districtCount.sum()", equalTo(928))
                .body("items.subdistrictCount.sum()", equalTo(7436));
    }

    @Test
    @TestSecurity(user = "reader", roles = "province-officer")
    void drillsFromProvinceToDistrictsToSubdistricts() {
        given().get("/api/v1/provinces/52/districts").then()
                .statusCode(200)
                .body("items", hasSize(13))
                .body("items[0].code", equalTo("5201"))
                .body("items[0].nameTh", equalTo("เมืองลำปาง"))
                .body("items[0].nameEn", equalTo("Mueang Lampang"));

        given().get("/api/v1/districts/5201/subdistricts").then()
                .statusCode(200)
                .body("items.code", hasItem("520101"))
                .body("items.findAll { !it.code.startsWith('5201') }", hasSize(0))
                .body("items[0].postalCode", equalTo("52000"))
                .body("items[0].latitude", nullValue())
                .body("items.find { it.latitude != null }.longitude", not(nullValue()));
    }

    @Test
    @TestSecurity(user = "system", roles = "api-client")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "TH"))
    void looksUpAnyGeocodeWithItsParents() {
        given().get("/api/v1/areas/520101").then()
                .statusCode(200)
                .body("level", equalTo("SUBDISTRICT"))
                .body("province.nameTh", equalTo("ลำปาง"))
                .body("district.code", equalTo("5201"));
        given().get("/api/v1/areas/5201").then()
                .body("level", equalTo("DISTRICT"))
                .body("province.code", equalTo("52"))
                .body("district", nullValue());
        given().get("/api/v1/areas/52").then()
                .body("level", equalTo("PROVINCE"))
                .body("nameEn", equalTo("Lampang"));
    }

    @Test
    @TestSecurity(user = "reader", roles = "national")
    void readsSingleAreas() {
        given().get("/api/v1/provinces/50").then().statusCode(200).body("nameEn", equalTo("Chiang Mai"));
        given().get("/api/v1/districts/5025").then().statusCode(200).body("provinceCode", equalTo("50"));
        given().get("/api/v1/subdistricts/520101").then().statusCode(200).body("districtCode", equalTo("5201"));
    }

    @Test
    @TestSecurity(user = "reader", roles = "admin")
    void answersUnknownGeocodesWithNotFoundProblems() {
        assertProblem(given().get("/api/v1/provinces/99/districts").then(), 404, "geo.not-found")
                .body("instance", equalTo("/api/v1/provinces/99/districts"));
        assertProblem(given().get("/api/v1/districts/5299").then(), 404, "geo.not-found");
        assertProblem(given().get("/api/v1/subdistricts/529999").then(), 404, "geo.not-found");
        assertProblem(given().get("/api/v1/areas/999999").then(), 404, "geo.not-found");
    }

    @Test
    @TestSecurity(user = "reader", roles = "admin")
    void answersMalformedGeocodesWithBadRequestProblems() {
        assertProblem(given().get("/api/v1/provinces/5x").then(), 400, "geo.code.malformed")
                .body("errors.field", contains("code"));
        assertProblem(given().get("/api/v1/districts/52").then(), 400, "geo.code.malformed");
        assertProblem(given().get("/api/v1/districts/52010/subdistricts").then(), 400, "geo.code.malformed");
        assertProblem(given().get("/api/v1/areas/123").then(), 400, "geo.code.malformed");
    }

    @Test
    void refusesCallersWithoutAToken() {
        assertProblem(given().get("/api/v1/provinces").then(), 401, "auth.unauthenticated")
                .header("WWW-Authenticate", equalTo("Bearer realm=\"cdvl\""));
        assertProblem(given().get("/api/v1/areas/52").then(), 401, "auth.unauthenticated");
    }

    @Test
    @TestSecurity(user = "stranger", roles = "offline_access")
    void forbidsCallersWithoutACdvlRole() {
        assertProblem(given().get("/api/v1/provinces").then(), 403, "auth.forbidden");
        assertProblem(given().get("/api/v1/districts/5201/subdistricts").then(), 403, "auth.forbidden");
    }

    @Test
    @TestSecurity(user = "reader", roles = "viewer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "TH"))
    void answersUnknownApiPathsWithAProblemNotTheApp() {
        assertProblem(given().get("/api/v1/no-such-thing").then(), 404, "resource.not-found");
    }
}
