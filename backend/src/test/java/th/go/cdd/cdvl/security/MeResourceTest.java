package th.go.cdd.cdvl.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static th.go.cdd.cdvl.testsupport.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeResourceTest {

    @Test
    @TestSecurity(user = "demo.district5201", roles = {"district-officer", "offline_access"})
    @OidcSecurity(claims = {
            @Claim(key = "area_code", value = "5201"),
            @Claim(key = "name", value = "สมชาย ใจดี"),
            @Claim(key = "given_name", value = "สมชาย"),
            @Claim(key = "family_name", value = "ใจดี"),
            @Claim(key = "email", value = "somchai@cdvl.example")})
    void showsADistrictOfficerTheirDistrict() {
        given().get("/api/v1/me").then()
                .statusCode(200)
                .body("username", equalTo("demo.district5201"))
                .body("displayName", equalTo("สมชาย ใจดี"))
                .body("roles", contains("DISTRICT_OFFICER"))
                .body("area.level", equalTo("DISTRICT"))
                .body("area.code", equalTo("5201"))
                .body("area.nameTh", equalTo("เมืองลำปาง"))
                .body("area.nameEn", equalTo("Mueang Lampang"))
                .body("area.province.nameTh", equalTo("ลำปาง"));
    }

    @Test
    @TestSecurity(user = "demo.province52", roles = "province-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void showsAProvinceOfficerTheirProvince() {
        given().get("/api/v1/me").then()
                .statusCode(200)
                .body("area.level", equalTo("PROVINCE"))
                .body("area.nameEn", equalTo("Lampang"))
                .body("area.province", nullValue());
    }

    @Test
    @TestSecurity(user = "demo.national", roles = "national")
    void showsNationalStaffTheWholeCountry() {
        given().get("/api/v1/me").then()
                .statusCode(200)
                .body("roles", contains("NATIONAL"))
                .body("area.level", equalTo("NATIONAL"))
                .body("area.code", nullValue())
                .body("area.nameTh", equalTo("ทั่วประเทศ"));
    }

    @Test
    @TestSecurity(user = "misconfigured", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void refusesAnOfficerWhoseAreaDoesNotFitTheRole() {
        assertProblem(given().get("/api/v1/me").then(), 403, "auth.area.invalid");
    }

    @Test
    @TestSecurity(user = "lost", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "9999"))
    void refusesAnOfficerWhoseAreaDoesNotExist() {
        assertProblem(given().get("/api/v1/me").then(), 403, "auth.area.invalid");
    }

    @Test
    @TestSecurity(user = "viewer.without.area", roles = "viewer")
    void refusesAViewerWithoutAnAreaRatherThanShowingTheNation() {
        assertProblem(given().get("/api/v1/me").then(), 403, "auth.area.invalid");
        assertProblem(given().get("/api/v1/centers").then(), 403, "auth.area.invalid");
    }

    @Test
    @TestSecurity(user = "service-account-unscoped", roles = "api-client")
    void refusesAnotherSystemWithoutAnArea() {
        assertProblem(given().get("/api/v1/me").then(), 403, "auth.area.invalid");
        assertProblem(given().get("/api/v1/activities").then(), 403, "auth.area.invalid");
    }

    @Test
    @TestSecurity(user = "viewer.nation", roles = "viewer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "TH"))
    void aViewerWithTheNationCodeSeesTheWholeCountry() {
        given().get("/api/v1/me").then()
                .statusCode(200)
                .body("area.level", equalTo("NATIONAL"));
    }

    @Test
    @TestSecurity(user = "service-account-lampang", roles = "api-client")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void anotherSystemCanBeBoundToAProvince() {
        given().get("/api/v1/me").then()
                .statusCode(200)
                .body("area.level", equalTo("PROVINCE"))
                .body("area.code", equalTo("52"));
    }

    @Test
    @TestSecurity(user = "viewer.typo", roles = "viewer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "th"))
    void refusesAViewerWhoseAreaIsNeitherTheNationNorACode() {
        assertProblem(given().get("/api/v1/me").then(), 403, "auth.area.invalid");
    }

    @Test
    void refusesCallersWithoutAToken() {
        assertProblem(given().get("/api/v1/me").then(), 401, "auth.unauthenticated");
    }

    @Test
    @TestSecurity(user = "stranger", roles = "uma_authorization")
    void forbidsCallersWithoutACdvlRole() {
        assertProblem(given().get("/api/v1/me").then(), 403, "auth.forbidden");
    }
}
