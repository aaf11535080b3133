package th.go.cdd.cdvl.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static th.go.cdd.cdvl.testsupport.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FiscalYearResourceTest {

    @Test
    @TestSecurity(user = "demo.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void everyoneReadsTheLettersOperationPeriod() {
        given().get("/api/v1/fiscal-years/2568").then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("startsOn", equalTo("2024-10-01"))
                .body("operationStartsOn", equalTo("2024-11-15"))
                .body("operationEndsOn", equalTo("2025-09-15"))
                .body("quarters[0].labelTh", equalTo("ไตรมาส 1/2568"));
        given().get("/api/v1/fiscal-years").then().statusCode(200).body("year", hasItem(2569));
        given().queryParam("date", "2024-12-13").get("/api/v1/fiscal-calendar").then()
                .statusCode(200).body("fiscalYear", equalTo(2568)).body("quarter", equalTo(1));
        assertProblem(given().get("/api/v1/fiscal-years/2400").then(), 404, "calendar.fiscal-year.not-found");
    }

    @Test
    @TestSecurity(user = "demo.province52", roles = "province-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void onlyTheDepartmentSetsTheOperationPeriod() {
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("operationStartsOn", "2025-11-01", "operationEndsOn", "2026-09-15"))
                .put("/api/v1/fiscal-years/2569/operation-period").then(), 403, "auth.forbidden");
    }

    @Test
    @TestSecurity(user = "demo.national", roles = "national")
    void theDepartmentSetsAnOperationPeriodInsideTheYear() {
        String path = "/api/v1/fiscal-years/2570/operation-period";
        assertProblem(given().contentType(ContentType.JSON)
                .body(Map.of("operationStartsOn", "2026-11-01", "operationEndsOn", "2027-09-15")).put(path).then(), 428,
                "version.required");
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("operationStartsOn", "2026-09-01", "operationEndsOn", "2027-09-15")).put(path).then(), 422,
                "calendar.operation-period.invalid");
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("operationStartsOn", "2027-05-01", "operationEndsOn", "2027-01-15")).put(path).then(), 422,
                "calendar.operation-period.invalid");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("operationStartsOn", "2026-11-01", "operationEndsOn", "2027-09-15")).put(path).then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("operationStartsOn", equalTo("2026-11-01"));
        given().queryParam("entityType", "FISCAL_YEAR").get("/api/v1/audit-events").then()
                .body("items.entityId", hasItem("2570"));
    }

    @Test
    void refusesCallersWithoutAToken() {
        assertProblem(given().get("/api/v1/fiscal-years").then(), 401, "auth.unauthenticated");
    }

    @Test
    @TestSecurity(user = "stranger", roles = "offline_access")
    void forbidsCallersWithoutACdvlRole() {
        assertProblem(given().get("/api/v1/fiscal-years/2568").then(), 403, "auth.forbidden");
    }

    @Test
    @TestSecurity(user = "reader", roles = "viewer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "TH"))
    void answersABadDateWithABadRequest() {
        assertProblem(given().queryParam("date", "13/12/2567").get("/api/v1/fiscal-calendar").then(), 400,
                "request.parameter.invalid");
    }
}
