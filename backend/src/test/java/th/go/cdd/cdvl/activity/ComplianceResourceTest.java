package th.go.cdd.cdvl.activity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static th.go.cdd.cdvl.testsupport.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Figures checked against a fixture computed by hand, in Thoen district (5208), which no other
 * test uses: center A held a mission and a dimension activity in Q1 FY2568, center B a
 * national-day activity in Q2, center C nothing.
 */
@QuarkusTest
class ComplianceResourceTest {

    @Inject
    ActivityFixtures fixtures;

    static UUID centerA;
    static UUID centerB;
    static UUID centerC;

    @BeforeEach
    void thoenOnce() {
        if (centerA != null) {
            return;
        }
        centerA = fixtures.center("520801", "ศูนย์ ก");
        centerB = fixtures.center("520802", "ศูนย์ ข");
        centerC = fixtures.center("520803", "ศูนย์ ค");
        fixtures.activity(centerA, "520801", ActivityType.THREE_TREES, LocalDate.of(2024, 11, 20));
        fixtures.activity(centerA, "520801", ActivityType.HEALTH, LocalDate.of(2024, 12, 31));
        fixtures.activity(centerB, "520802", ActivityType.DEVELOPMENT_VOLUNTEER, LocalDate.of(2025, 1, 1));
        // FY2567 (30 Sep 2024) must not count in FY2568
        fixtures.activity(centerC, "520803", ActivityType.HEALTH, LocalDate.of(2024, 9, 30));
    }

    @Test
    @TestSecurity(user = "demo.province52", roles = "province-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void aDistrictsFirstQuarterMatchesTheHandCount() {
        given().queryParam("areaCode", "5208").queryParam("fiscalYear", 2568).queryParam("quarter", 1)
                .get("/api/v1/compliance").then()
                .statusCode(200)
                .body("labelTh", equalTo("ไตรมาส 1/2568"))
                .body("area.nameTh", equalTo("เถิน"))
                .body("totals.centers", equalTo(3))
                .body("totals.compliantCenters", equalTo(1))
                .body("totals.nonCompliantCenters", equalTo(2))
                .body("totals.rate", equalTo(0.3333f))
                .body("totals.activities", equalTo(2))
                .body("totals.byCategory.MISSION", equalTo(1))
                .body("totals.byCategory.DIMENSION", equalTo(1))
                .body("totals.byCategory.NATIONAL_DAY", equalTo(0))
                .body("rows.centerName", contains("ศูนย์ ก", "ศูนย์ ข", "ศูนย์ ค"))
                .body("rows[0].figures.compliantCenters", equalTo(1))
                .body("nonCompliant.centerName", containsInAnyOrder("ศูนย์ ข", "ศูนย์ ค"));
    }

    @Test
    @TestSecurity(user = "demo.province52", roles = "province-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void theSecondQuarterAndTheWholeYearCountTheirOwnActivities() {
        given().queryParam("areaCode", "5208").queryParam("fiscalYear", 2568).queryParam("quarter", 2)
                .get("/api/v1/compliance").then()
                .body("totals.compliantCenters", equalTo(1))
                .body("totals.activities", equalTo(1))
                .body("nonCompliant.centerName", containsInAnyOrder("ศูนย์ ก", "ศูนย์ ค"));
        given().queryParam("areaCode", "5208").queryParam("fiscalYear", 2568)
                .get("/api/v1/compliance").then()
                .body("quarter", equalTo(null))
                .body("labelTh", equalTo("ปีงบประมาณ 2568"))
                .body("totals.compliantCenters", equalTo(2))
                .body("totals.rate", equalTo(0.6667f))
                .body("totals.activities", equalTo(3));
    }

    @Test
    @TestSecurity(user = "demo.province52", roles = "province-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void aProvinceDrillsDownToEveryDistrict() {
        given().queryParam("fiscalYear", 2568).queryParam("quarter", 1).get("/api/v1/compliance").then()
                .statusCode(200)
                .body("area.code", equalTo("52"))
                .body("rows", hasSize(13))
                .body("rows.find { it.area.code == '5208' }.figures.centers", equalTo(3))
                .body("rows.find { it.area.code == '5208' }.figures.compliantCenters", equalTo(1));
    }

    @Test
    @TestSecurity(user = "demo.national", roles = "national")
    void theNationDrillsDownToTheSeventySixProvinces() {
        given().queryParam("fiscalYear", 2568).queryParam("quarter", 1).get("/api/v1/compliance").then()
                .statusCode(200)
                .body("area.level", equalTo("NATIONAL"))
                .body("rows", hasSize(76))
                .body("rows.area.code", not(hasItem("10")))
                .body("nonCompliant", equalTo(null));
    }

    @Test
    @TestSecurity(user = "demo.province52", roles = "province-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void coverageShowsWhichTypesWereNeverHeld() {
        given().queryParam("areaCode", "5208").queryParam("fiscalYear", 2568).get("/api/v1/coverage").then()
                .statusCode(200)
                .body("types", hasSize(18))
                .body("totals.THREE_TREES", equalTo(1))
                .body("totals.HEALTH", equalTo(1))
                .body("totals.DEVELOPMENT_VOLUNTEER", equalTo(1))
                .body("neverCovered", hasSize(15))
                .body("neverCovered", hasItem("SUFFICIENCY_VILLAGE"))
                .body("rows.centerName", containsInAnyOrder("ศูนย์ ก", "ศูนย์ ข"))
                .body("rows.find { it.centerName == 'ศูนย์ ก' }.counts.HEALTH", equalTo(1));
        given().queryParam("fiscalYear", 2568).get("/api/v1/coverage").then()
                .body("rows", hasSize(13))
                .body("rows.find { it.area.code == '5208' }.counts.THREE_TREES", equalTo(1));
    }

    @Test
    @TestSecurity(user = "demo.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void aDistrictOfficerSeesOnlyTheirDistrict() {
        given().get("/api/v1/compliance").then().statusCode(200).body("area.code", equalTo("5201"));
        assertProblem(given().queryParam("areaCode", "5208").get("/api/v1/compliance").then(), 404, "geo.not-found");
        assertProblem(given().queryParam("areaCode", "52").get("/api/v1/coverage").then(), 404, "geo.not-found");
        assertProblem(given().queryParam("quarter", 5).get("/api/v1/compliance").then(), 400, "request.filter.invalid");
        assertProblem(given().queryParam("fiscalYear", 2024).get("/api/v1/compliance").then(), 400,
                "request.filter.invalid");
    }

    @Test
    void refusesCallersWithoutAToken() {
        assertProblem(given().get("/api/v1/compliance").then(), 401, "auth.unauthenticated");
        assertProblem(given().get("/api/v1/coverage").then(), 401, "auth.unauthenticated");
    }

    @Test
    @TestSecurity(user = "stranger", roles = "offline_access")
    void forbidsCallersWithoutACdvlRole() {
        assertProblem(given().get("/api/v1/compliance").then(), 403, "auth.forbidden");
    }
}
