package th.go.cdd.cdvl.center;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
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
class CenterResourceTest {

    @Inject
    CenterFixtures fixtures;

    static Map<String, Object> center(String subdistrictCode, String name) {
        return Map.of("subdistrictCode", subdistrictCode, "name", name, "villageNo", 3, "villageName", "บ้านป่าขาม",
                "latitude", 18.29, "longitude", 99.49, "phone", "054-123456");
    }

    @Test
    @TestSecurity(user = "demo.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void aDistrictOfficerRegistersACenterInTheirDistrict() {
        String location = given().contentType(ContentType.JSON).body(center("520102", "ศูนย์ฯ ตำบลหัวเวียง"))
                .post("/api/v1/centers").then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", startsWith("http"))
                .body("subdistrict.nameTh", equalTo("หัวเวียง"))
                .body("district.nameEn", equalTo("Mueang Lampang"))
                .body("status", equalTo("ACTIVE"))
                .body("createdBy", equalTo("demo.district5201"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().get("/api/v1/centers/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""));
        given().get("/api/v1/centers/" + id + "/history").then()
                .statusCode(200)
                .body("[0].action", equalTo("CREATE"))
                .body("[0].actor", equalTo("demo.district5201"))
                .body("[0].after.name", equalTo("ศูนย์ฯ ตำบลหัวเวียง"));
    }

    @Test
    @TestSecurity(user = "demo.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void aDistrictOfficerSeesOnlyTheirDistrict() {
        UUID mine = fixtures.center("520103", "ศูนย์ของฉัน");
        UUID neighbour = fixtures.center("520201", "ศูนย์อำเภอข้างเคียง");
        UUID chiangMai = fixtures.center("500101", "ศูนย์เชียงใหม่");

        given().queryParam("size", 200).get("/api/v1/centers").then()
                .statusCode(200)
                .body("items.id", hasItem(mine.toString()))
                .body("items.subdistrictCode", everyItem(startsWith("5201")));
        given().get("/api/v1/centers/" + neighbour).then().statusCode(404);
        assertProblem(given().get("/api/v1/centers/" + chiangMai).then(), 404, "center.not-found");
        assertProblem(given().get("/api/v1/centers/" + chiangMai + "/members").then(), 404, "center.not-found");
        assertProblem(given().get("/api/v1/centers/" + chiangMai + "/history").then(), 404, "center.not-found");
        assertProblem(given().contentType(ContentType.JSON).body(center("520201", "x"))
                .post("/api/v1/centers").then(), 403, "center.area.forbidden");
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(center("500101", "x"))
                .put("/api/v1/centers/" + chiangMai).then(), 404, "center.not-found");
    }

    @Test
    @TestSecurity(user = "demo.province52", roles = "province-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void aProvinceOfficerSeesTheWholeProvinceButNoOther() {
        UUID lampang = fixtures.center("520202", "ศูนย์ลำปาง");
        UUID chiangMai = fixtures.center("500102", "ศูนย์เชียงใหม่");
        given().queryParam("size", 200).get("/api/v1/centers").then()
                .statusCode(200)
                .body("items.id", hasItem(lampang.toString()))
                .body("items.subdistrictCode", everyItem(startsWith("52")));
        given().get("/api/v1/centers/" + lampang).then().statusCode(200);
        given().get("/api/v1/centers/" + chiangMai).then().statusCode(404);
        given().queryParam("provinceCode", "50").get("/api/v1/centers").then()
                .statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    @TestSecurity(user = "demo.national", roles = "national")
    void nationalStaffSeeEveryProvinceAndFilterInThai() {
        UUID chiangMai = fixtures.center("500103", "ศูนย์ริมปิง");
        given().get("/api/v1/centers/" + chiangMai).then().statusCode(200);
        given().queryParam("q", "ริมปิง").get("/api/v1/centers").then()
                .statusCode(200)
                .body("items.id", hasItem(chiangMai.toString()))
                .body("items.name", everyItem(org.hamcrest.Matchers.containsString("ริมปิง")));
        given().queryParam("q", "50%").get("/api/v1/centers").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    @TestSecurity(user = "demo.viewer52", roles = "viewer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void aViewerReadsButNeverWrites() {
        UUID lampang = fixtures.center("520203", "ศูนย์ดูอย่างเดียว");
        given().get("/api/v1/centers/" + lampang).then().statusCode(200);
        assertProblem(given().contentType(ContentType.JSON).body(center("520203", "x"))
                .post("/api/v1/centers").then(), 403, "auth.forbidden");
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(center("520203", "x"))
                .put("/api/v1/centers/" + lampang).then(), 403, "auth.forbidden");
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("status", "CLOSED", "reason", "x"))
                .post("/api/v1/centers/" + lampang + "/status").then(), 403, "auth.forbidden");
    }

    @Test
    @TestSecurity(user = "service-account-demo-gov-system", roles = "api-client")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "TH"))
    void anotherSystemReadsEverythingButCannotWrite() {
        UUID chiangMai = fixtures.center("500104", "ศูนย์ระบบอื่น");
        given().get("/api/v1/centers/" + chiangMai).then().statusCode(200);
        assertProblem(given().contentType(ContentType.JSON).body(center("500104", "x"))
                .post("/api/v1/centers").then(), 403, "auth.forbidden");
    }

    @Test
    void refusesCallersWithoutAToken() {
        UUID any = fixtures.center("520204", "ศูนย์ไม่มีโทเคน");
        assertProblem(given().get("/api/v1/centers").then(), 401, "auth.unauthenticated");
        assertProblem(given().get("/api/v1/centers/" + any).then(), 401, "auth.unauthenticated");
        assertProblem(given().contentType(ContentType.JSON).body(center("520204", "x")).post("/api/v1/centers").then(),
                401, "auth.unauthenticated");
        assertProblem(given().get("/api/v1/center-location-report").then(), 401, "auth.unauthenticated");
    }

    @Test
    @TestSecurity(user = "stranger", roles = "offline_access")
    void forbidsCallersWithoutACdvlRole() {
        assertProblem(given().get("/api/v1/centers").then(), 403, "auth.forbidden");
        assertProblem(given().get("/api/v1/audit-events").then(), 403, "auth.forbidden");
        assertProblem(given().get("/api/v1/center-location-report").then(), 403, "auth.forbidden");
    }

    @Test
    @TestSecurity(user = "demo.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void refusesASecondActiveCenterInASubdistrictUnlessJustified() {
        given().contentType(ContentType.JSON).body(center("520104", "ศูนย์แรก")).post("/api/v1/centers").then()
                .statusCode(201);
        assertProblem(given().contentType(ContentType.JSON).body(center("520104", "ศูนย์ที่สอง"))
                .post("/api/v1/centers").then(), 409, "center.subdistrict.taken");
        Map<String, Object> justified = new java.util.HashMap<>(center("520104", "ศูนย์ที่สอง"));
        justified.put("exceptionReason", "ตำบลขนาดใหญ่ มีสองพื้นที่ห่างกัน");
        given().contentType(ContentType.JSON).body(justified).post("/api/v1/centers").then()
                .statusCode(201)
                .body("exceptionReason", equalTo("ตำบลขนาดใหญ่ มีสองพื้นที่ห่างกัน"));
    }

    @Test
    @TestSecurity(user = "demo.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void rejectsBadInputWithProblemsAndWritesNothing() {
        long before = given().queryParam("size", 1).get("/api/v1/centers").then().extract().jsonPath().getLong("totalItems");
        assertProblem(post(center("999999", "x")), 422, "geo.subdistrict.unknown");
        assertProblem(post(center("52x", "x")), 400, "request.invalid")
                .body("errors.field", hasItem("subdistrictCode"));
        assertProblem(post(Map.of("subdistrictCode", "520105", "name", "x", "latitude", 13.0, "longitude", 2.35)), 422,
                "geo.point.outside-thailand");
        assertProblem(post(Map.of("subdistrictCode", "520105", "name", "x", "latitude", 18.3)), 422, "geo.point.incomplete");
        assertProblem(post(Map.of("subdistrictCode", "520105", "name", "ก".repeat(201))), 400, "request.invalid")
                .body("errors.field", hasItem("name"));
        assertProblem(post(Map.of("subdistrictCode", "520105", "name", "ศูนย์\u0000ทดสอบ")), 400, "request.invalid");
        assertProblem(post(Map.of("subdistrictCode", "520105", "name", "   ")), 400, "request.invalid");
        assertProblem(post(Map.of("subdistrictCode", "520105", "name", "x", "villageNo", "สาม")), 400, "request.malformed");
        assertProblem(given().contentType(ContentType.JSON).body("{\"subdistrictCode\": \"520105\", ")
                .post("/api/v1/centers").then(), 400, "request.malformed");
        assertProblem(given().contentType(ContentType.JSON).post("/api/v1/centers").then(), 400, "request.invalid");
        assertProblem(given().contentType(ContentType.TEXT).body("hello").post("/api/v1/centers").then(), 415,
                "request.unsupported-media-type");
        assertProblem(given().queryParam("sort", "password").get("/api/v1/centers").then(), 400, "request.sort.unknown");
        assertProblem(given().queryParam("size", 500).get("/api/v1/centers").then(), 400, "request.invalid");
        assertProblem(given().queryParam("status", "OPEN").get("/api/v1/centers").then(), 400, "request.filter.invalid");
        assertProblem(given().queryParam("districtCode", "52").get("/api/v1/centers").then(), 400, "geo.code.malformed");
        assertProblem(given().get("/api/v1/centers/not-a-uuid").then(), 400, "request.parameter.invalid");
        given().queryParam("size", 1).get("/api/v1/centers").then().body("totalItems", equalTo((int) before));
    }

    private static io.restassured.response.ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/centers").then();
    }

    @Test
    @TestSecurity(user = "demo.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void updatesNeedTheCurrentVersion() {
        UUID id = fixtures.center("520106", "ศูนย์ชมพู");
        Map<String, Object> edit = center("520106", "ศูนย์ชมพู (แก้ไข)");
        assertProblem(given().contentType(ContentType.JSON).body(edit).put("/api/v1/centers/" + id).then(), 428,
                "version.required");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edit).put("/api/v1/centers/" + id).then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("ศูนย์ชมพู (แก้ไข)"))
                .body("updatedBy", equalTo("demo.district5201"));
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(center("520106", "ทับ"))
                .put("/api/v1/centers/" + id).then(), 412, "version.stale")
                .body("currentVersion", equalTo(1));
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(center("520107", "ย้าย"))
                .put("/api/v1/centers/" + id).then(), 422, "center.subdistrict.immutable");
        given().get("/api/v1/centers/" + id).then().body("name", equalTo("ศูนย์ชมพู (แก้ไข)"));
        given().get("/api/v1/centers/" + id + "/history").then()
                .body("action", org.hamcrest.Matchers.contains("UPDATE"))
                .body("[0].changes.field", hasItem("name"));
    }

    @Test
    @TestSecurity(user = "demo.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void suspendingOrClosingNeedsAReasonAndClosedStaysClosed() {
        UUID id = fixtures.center("520108", "ศูนย์ปิด");
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("status", "SUSPENDED")).post("/api/v1/centers/" + id + "/status").then(), 422,
                "center.status.reason-required");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("status", "CLOSED", "reason", "รวมกับศูนย์ตำบลข้างเคียง", "effectiveOn", "2025-01-15"))
                .post("/api/v1/centers/" + id + "/status").then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("statusChangedOn", equalTo("2025-01-15"));
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("status", "ACTIVE")).post("/api/v1/centers/" + id + "/status").then(), 409,
                "center.status.closed");
        given().queryParam("status", "CLOSED").queryParam("subdistrictCode", "520108").get("/api/v1/centers").then()
                .body("items.id", hasItem(id.toString()));
    }

    @Test
    @TestSecurity(user = "demo.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void twoEditorsAtOnceOneWinsTheOtherIsToldNothingIsLost() throws Exception {
        UUID id = fixtures.center("520109", "ศูนย์แข่งกัน");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(center("520109", "แก้โดยคนแรก")).put("/api/v1/centers/" + id).then().extract().statusCode());
            var second = pool.submit(() -> given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(center("520109", "แก้โดยคนที่สอง")).put("/api/v1/centers/" + id).then().extract().statusCode());
            assertThat(java.util.List.of(first.get(), second.get())).containsExactlyInAnyOrder(200, 412);
        } finally {
            pool.shutdown();
        }
        given().get("/api/v1/centers/" + id).then().header("ETag", equalTo("\"1\""));
        given().get("/api/v1/centers/" + id + "/history").then()
                .body("size()", equalTo(1));
    }

    @Test
    @TestSecurity(user = "demo.national", roles = "national")
    void auditEventsAreListedByAreaAndTime() {
        given().contentType(ContentType.JSON).body(center("500105", "ศูนย์ตรวจสอบ")).post("/api/v1/centers").then()
                .statusCode(201);
        given().queryParam("areaCode", "5001").queryParam("entityType", "CENTER")
                .queryParam("from", "2020-01-01T00:00:00+07:00").get("/api/v1/audit-events").then()
                .statusCode(200)
                .body("items.areaCode", everyItem(startsWith("5001")))
                .body("items.after.name", hasItem("ศูนย์ตรวจสอบ"));
        assertProblem(given().queryParam("from", "yesterday").get("/api/v1/audit-events").then(), 400,
                "request.filter.invalid");
        assertProblem(given().queryParam("areaCode", "5x").get("/api/v1/audit-events").then(), 400, "request.invalid");
    }

    @Test
    @TestSecurity(user = "demo.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void auditEventsNeverShowAnotherArea() {
        fixtures.center("500106", "ศูนย์ที่ไม่ควรเห็น");
        given().queryParam("size", 200).get("/api/v1/audit-events").then()
                .statusCode(200)
                .body("items.areaCode", everyItem(startsWith("5201")))
                .body("items.areaCode", not(hasItem(startsWith("50"))));
        given().queryParam("areaCode", "50").get("/api/v1/audit-events").then()
                .statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    @TestSecurity(user = "demo.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void listsArePagedAndSortedStably() {
        for (int i = 0; i < 3; i++) {
            fixtures.center("520110", "ศูนย์เรียง " + i);
        }
        given().queryParam("subdistrictCode", "520110").queryParam("sort", "-name").queryParam("size", 2)
                .get("/api/v1/centers").then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2))
                .body("items[0].name", equalTo("ศูนย์เรียง 2"))
                .body("items[0].phone", notNullValue());
        // the last page, and a page past the end, still know the total
        given().queryParam("subdistrictCode", "520110").queryParam("sort", "-name").queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/centers").then()
                .body("totalItems", equalTo(3))
                .body("items.name", contains("ศูนย์เรียง 0"));
        given().queryParam("subdistrictCode", "520110").queryParam("size", 2).queryParam("page", 5)
                .get("/api/v1/centers").then()
                .body("totalItems", equalTo(3))
                .body("items", empty());
        // a list item is the center as its own page shows it
        Map<String, Object> listed = given().queryParam("subdistrictCode", "520110").queryParam("sort", "name").queryParam("size", 1)
                .get("/api/v1/centers").then().extract().jsonPath().getMap("items[0]");
        given().get("/api/v1/centers/" + listed.get("id")).then().body("", equalTo(listed));
    }
}
