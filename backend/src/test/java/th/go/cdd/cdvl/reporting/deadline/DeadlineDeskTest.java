package th.go.cdd.cdvl.reporting.deadline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static th.go.cdd.cdvl.testsupport.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.reporting.reminder.OfficeContactRepository;
import th.go.cdd.cdvl.testsupport.RealmTokens;
import th.go.cdd.cdvl.testsupport.TestClock;

/**
 * The department's deadline desk (issue 14 §4), with real tokens of the demo users: which deadlines
 * fall in a year without holidays, opening FY2570's location report, and the list of offices with
 * their reminder e-mails. FY2570's location report is due 20 Aug 2027, out of reach of the reminder
 * passes other tests run in Dec 2026 and Jan 2027; the Lampang e-mail set here is removed after.
 */
@QuarkusTest
class DeadlineDeskTest {

    @Inject
    TestClock clock;

    @Inject
    OfficeContactRepository contacts;

    @AfterEach
    void cleanUp() {
        clock.reset();
        forgetLampangContacts();
    }

    @Transactional
    void forgetLampangContacts() {
        contacts.delete("areaCode like ?1", "52%");
    }

    static RequestSpecification as(String username) {
        return given().auth().oauth2(RealmTokens.userToken(username)).contentType(ContentType.JSON);
    }

    static Map<String, Object> quarter(int year, int quarter) {
        List<Map<String, Object>> deadlines = as("demo.national").get("/api/v1/fiscal-years/" + year + "/deadlines")
                .then().statusCode(200).extract().jsonPath().getList("");
        return deadlines.stream().filter(d -> Integer.valueOf(quarter).equals(d.get("quarter"))).findFirst().orElseThrow();
    }

    @Test
    void aDeadlineInAYearWithoutAnyHolidayIsFlaggedUntilTheDepartmentAddsOne() {
        // the seeded holidays end with 2026: Q1 FY2570 (Dec 2026) is covered, Q2 (Mar 2027) is not
        assertThat(quarter(2570, 1).get("holidaysKnown")).isEqualTo(true);
        assertThat(quarter(2570, 2).get("holidaysKnown")).isEqualTo(false);
        assertThat(quarter(2570, 4).get("holidaysKnown")).isEqualTo(false);

        String etag = as("demo.national").body(Map.of("nameTh", "วันขึ้นปีใหม่", "nameEn", "New Year's Day", "kind", "PUBLIC"))
                .put("/api/v1/holidays/2027-01-01").then().statusCode(200).extract().header("ETag");
        try {
            assertThat(quarter(2570, 2).get("holidaysKnown")).isEqualTo(true);
            assertThat(quarter(2570, 4).get("holidaysKnown")).isEqualTo(true);
        } finally {
            as("demo.national").header("If-Match", etag).delete("/api/v1/holidays/2027-01-01").then().statusCode(204);
        }
        assertThat(quarter(2570, 2).get("holidaysKnown")).isEqualTo(false);
    }

    @Test
    void theDepartmentOpensTheLocationReportOfAFiscalYearOnceAndDistrictsAnswerIt() {
        clock.set(OffsetDateTime.parse("2026-12-03T10:00:00+07:00"));
        String path = "/api/v1/fiscal-years/2570/location-report";

        assertProblem(as("demo.province52").body(Map.of("dueOn", "2027-08-20")).post(path).then(), 403, "auth.forbidden");
        assertProblem(as("demo.national").body(Map.of("dueOn", "2031-01-15")).post(path).then(), 422,
                "reporting.deadline.out-of-year");
        assertProblem(as("demo.national").body(Map.of("dueOn", "2026-11-20")).post(path).then(), 422,
                "reporting.deadline.in-past");
        assertProblem(as("demo.national").body(Map.of("dueOn", "2027-08-20")).post("/api/v1/fiscal-years/2599/location-report")
                .then(), 404, "calendar.fiscal-year.not-found");
        as("demo.national").body(Map.of()).post(path).then().statusCode(400).contentType(startsWith("application/problem+json"));

        String id = as("demo.national").body(Map.of("dueOn", "2027-08-20")).post(path).then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", notNullValue())
                .body("kind", equalTo("LOCATION_REPORT"))
                .body("fiscalYear", equalTo(2570))
                .body("dueOn", equalTo("2027-08-20"))
                .body("holidaysKnown", equalTo(false))
                .body("titleEn", equalTo("Center location report (enclosure 3) FY2570"))
                .extract().path("id");

        assertProblem(as("demo.admin").body(Map.of("dueOn", "2027-09-01")).post(path).then(), 409,
                "reporting.deadline.location-exists");

        as("demo.district5201").get("/api/v1/fiscal-years/2570/deadlines").then()
                .statusCode(200).body("id", hasItem(id));
        as("demo.district5201").get("/api/v1/deadlines/" + id + "/reports/5201").then()
                .statusCode(200).body("figures.kind", equalTo("LOCATION"));
        as("demo.province52").queryParam("fiscalYear", 2570).get("/api/v1/completeness").then()
                .statusCode(200).body("deadlines.id", hasItem(id));
        // like FY2568's: a location report goes no further than the provinces' read-only roll-up
        assertProblem(as("demo.national").get("/api/v1/deadlines/" + id + "/national-report").then(), 409,
                "reporting.province-report.not-quarterly");
        as("demo.province52").get("/api/v1/deadlines/" + id + "/provinces/52/report").then()
                .statusCode(200).body("figures.kind", equalTo("LOCATION"));
        as("demo.national").queryParam("entityType", "DEADLINE").get("/api/v1/audit-events").then()
                .statusCode(200).body("items.find { it.entityId == '" + id + "' }.action", equalTo("CREATE"));
    }

    @Test
    void officesAreListedWithTheirEmailsInTheCallersAreaOnly() {
        int lampangDistricts = as("demo.national").get("/api/v1/provinces/52/districts").then().statusCode(200)
                .extract().jsonPath().getInt("totalItems");
        as("demo.province52").body(Map.of("email", "cdd.kokha@cdvl.example")).put("/api/v1/office-contacts/5203").then()
                .statusCode(200);

        List<Map<String, Object>> offices = as("demo.province52").get("/api/v1/office-contacts").then()
                .statusCode(200)
                .body("areaCode", everyItem(startsWith("52")))
                .body("[0].areaCode", equalTo("52"))
                .body("[0].level", equalTo("PROVINCE"))
                .body("find { it.areaCode == '5203' }.email", equalTo("cdd.kokha@cdvl.example"))
                .body("find { it.areaCode == '5203' }.version", equalTo(0))
                .body("find { it.areaCode == '5201' }.nameTh", equalTo("เมืองลำปาง"))
                .extract().jsonPath().getList("");
        assertThat(offices).hasSize(1 + lampangDistricts);
        assertThat(offices.stream().filter(o -> o.get("email") == null)).hasSize(lampangDistricts);

        as("demo.district5201").get("/api/v1/office-contacts").then()
                .statusCode(200).body("areaCode", equalTo(List.of("5201"))).body("[0].level", equalTo("DISTRICT"));
        as("demo.district5201").queryParam("provinceCode", "52").get("/api/v1/office-contacts").then()
                .statusCode(200).body("areaCode", equalTo(List.of("5201")));
        assertProblem(as("demo.district5201").queryParam("provinceCode", "50").get("/api/v1/office-contacts").then(), 404,
                "geo.not-found");
        assertProblem(as("demo.province52").queryParam("provinceCode", "50").get("/api/v1/office-contacts").then(), 404,
                "geo.not-found");
        assertProblem(as("demo.province52").queryParam("provinceCode", "5x").get("/api/v1/office-contacts").then(), 400,
                "geo.code.malformed");
        assertProblem(as("demo.national").queryParam("provinceCode", "99").get("/api/v1/office-contacts").then(), 404,
                "geo.not-found");
        assertProblem(as("demo.viewer52").get("/api/v1/office-contacts").then(), 403, "auth.forbidden");

        as("demo.national").queryParam("provinceCode", "52").get("/api/v1/office-contacts").then()
                .statusCode(200).body("size()", equalTo(1 + lampangDistricts));
        as("demo.national").get("/api/v1/office-contacts").then()
                .statusCode(200).body("areaCode", hasItems("50", "5001", "52", "5201")).body("areaCode", not(hasItem("10")));
    }
}
