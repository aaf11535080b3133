package th.go.cdd.cdvl.center;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
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
import th.go.cdd.cdvl.testsupport.RealmTokens;

@QuarkusTest
class MemberResourceTest {

    @Inject
    CenterFixtures fixtures;

    private static final Map<String, Object> LEADER = Map.of("fullName", "นางสมศรี มีสุข", "role", "VOLUNTEER_LEADER",
            "gender", "FEMALE", "phone", "081-234-5678", "since", "2023-01-10", "skills", "บัญชีครัวเรือน");

    @Test
    @TestSecurity(user = "demo.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void aDistrictOfficerAddsAndEditsMembersOfTheirCenters() {
        UUID center = fixtures.center("520111", "ศูนย์สมาชิก");
        String location = given().contentType(ContentType.JSON).body(LEADER)
                .post("/api/v1/centers/" + center + "/members").then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("active", equalTo(true))
                .body("phone", equalTo("081-234-5678"))
                .extract().header("Location");
        String memberId = location.substring(location.lastIndexOf('/') + 1);

        Map<String, Object> left = Map.of("fullName", "นางสมศรี มีสุข", "role", "VOLUNTEER_LEADER", "active", false);
        assertProblem(given().contentType(ContentType.JSON).body(left)
                .put("/api/v1/centers/" + center + "/members/" + memberId).then(), 428, "version.required");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(left)
                .put("/api/v1/centers/" + center + "/members/" + memberId).then()
                .statusCode(200)
                .body("active", equalTo(false));
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(LEADER)
                .put("/api/v1/centers/" + center + "/members/" + memberId).then(), 412, "version.stale");

        given().get("/api/v1/centers/" + center + "/members").then()
                .statusCode(200)
                .body("fullName", contains("นางสมศรี มีสุข"));
        given().get("/api/v1/centers/" + center + "/history").then()
                .body("entityType", hasItem("CENTER_MEMBER"))
                .body("find { it.action == 'UPDATE' }.changes.field", contains("active", "gender", "phone", "since", "skills"));
    }

    @Test
    @TestSecurity(user = "demo.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void membersOfCentersOutsideTheAreaDoNotExistForTheCaller() {
        UUID chiangMai = fixtures.center("500107", "ศูนย์เชียงใหม่");
        UUID member = fixtures.member(chiangMai, "นายเชียงใหม่ ใจดี", "053-111111");
        assertProblem(given().get("/api/v1/centers/" + chiangMai + "/members").then(), 404, "center.not-found");
        assertProblem(given().get("/api/v1/centers/" + chiangMai + "/members/" + member).then(), 404, "center.not-found");
        assertProblem(given().contentType(ContentType.JSON).body(LEADER)
                .post("/api/v1/centers/" + chiangMai + "/members").then(), 404, "center.not-found");
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(LEADER)
                .put("/api/v1/centers/" + chiangMai + "/members/" + member).then(), 404, "center.not-found");
    }

    @Test
    @TestSecurity(user = "demo.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void aMemberIsReachedOnlyThroughItsOwnCenter() {
        UUID first = fixtures.center("520112", "ศูนย์หนึ่ง");
        UUID second = fixtures.center("520112", "ศูนย์สอง");
        UUID member = fixtures.member(first, "นายหนึ่ง", null);
        assertProblem(given().get("/api/v1/centers/" + second + "/members/" + member).then(), 404,
                "center.member.not-found");
    }

    @Test
    @TestSecurity(user = "demo.viewer52", roles = "viewer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void aViewerSeesMembersWithoutTheirPhonesAndCannotChangeThem() {
        UUID center = fixtures.center("520113", "ศูนย์ผู้ชม");
        UUID member = fixtures.member(center, "นางผู้ชม", "054-222222");
        given().get("/api/v1/centers/" + center + "/members/" + member).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("fullName", equalTo("นางผู้ชม"))
                .body("$", not(hasKey("phone")));
        given().get("/api/v1/centers/" + center + "/members").then().body("[0].fullName", equalTo("นางผู้ชม"))
                .body("[0]", not(hasKey("phone")));
        assertProblem(given().contentType(ContentType.JSON).body(LEADER)
                .post("/api/v1/centers/" + center + "/members").then(), 403, "auth.forbidden");
        assertProblem(given().header("If-Match", "\"0\"")
                .post("/api/v1/centers/" + center + "/members/" + member + "/erase").then(), 403, "auth.forbidden");
    }

    @Test
    @TestSecurity(user = "service-account-registry", roles = "api-client")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "TH"))
    void anotherSystemWithoutADataAgreementGetsMembersWithoutNamesOrPhones() {
        UUID center = fixtures.center("520113", "ศูนย์ระบบอื่น");
        UUID member = fixtures.member(center, "นางระบบ", "054-333333");
        given().get("/api/v1/centers/" + center + "/members/" + member).then().statusCode(200)
                .body("role", equalTo("VOLUNTEER_LEADER"))
                .body("$", not(hasKey("fullName")))
                .body("$", not(hasKey("phone")));
    }

    @Test
    @TestSecurity(user = "service-account-registry", roles = {"api-client", "api-client-personal-data"})
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void anotherSystemWithADataAgreementReadsMembersOfItsArea() {
        UUID center = fixtures.center("520113", "ศูนย์ระบบที่มีข้อตกลง");
        UUID member = fixtures.member(center, "นางข้อตกลง", "054-444444");
        given().get("/api/v1/centers/" + center + "/members/" + member).then().statusCode(200)
                .body("fullName", equalTo("นางข้อตกลง"))
                .body("phone", equalTo("054-444444"));
        UUID chiangMai = fixtures.center("500107", "ศูนย์นอกข้อตกลง");
        assertProblem(given().get("/api/v1/centers/" + chiangMai + "/members").then(), 404, "center.not-found");
    }

    @Test
    void anErasedMemberStaysCountedAndTheirNameLeavesTheHistory() {
        String officer = RealmTokens.userToken("demo.district5201");
        UUID center = fixtures.center("520118", "ศูนย์ลบข้อมูล");
        String members = "/api/v1/centers/" + center + "/members";
        String memberId = given().auth().oauth2(officer).contentType(ContentType.JSON).body(LEADER).post(members).then()
                .statusCode(201).extract().path("id");
        String member = members + "/" + memberId;
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("fullName", "นางสมศรี มีสุขใจ", "role", "CHAIR", "phone", "089-999-9999", "skills", "บัญชีครัวเรือน"))
                .put(member).then()
                .statusCode(200);
        // before the erasure a viewer reads the name in the history but never the phone
        String viewer = RealmTokens.userToken("demo.viewer52");
        given().auth().oauth2(viewer).get("/api/v1/centers/" + center + "/history").then().statusCode(200)
                .body("find { it.action == 'UPDATE' }.after.fullName", equalTo("นางสมศรี มีสุขใจ"))
                .body("find { it.action == 'UPDATE' }.after", not(hasKey("phone")))
                .body("find { it.action == 'UPDATE' }.changes.field", not(hasItem("phone")));

        assertProblem(given().auth().oauth2(officer).post(member + "/erase").then(), 428, "version.required");
        given().auth().oauth2(officer).header("If-Match", "\"1\"").post(member + "/erase").then()
                .statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("fullName", equalTo(CenterMember.ERASED_NAME))
                .body("$", not(hasKey("phone")))
                .body("skills", equalTo("บัญชีครัวเรือน"))
                .body("role", equalTo("CHAIR"))
                .body("erasedAt", notNullValue());
        given().auth().oauth2(officer).get(members).then().body("size()", equalTo(1));
        assertProblem(given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body(LEADER).put(member).then(), 409, "center.member.erased");

        // the history keeps who did what and when, but no erased value, even for the officer
        String history = given().auth().oauth2(officer).get("/api/v1/centers/" + center + "/history").then()
                .statusCode(200)
                .body("action", hasItems("CREATE", "UPDATE", "ERASE"))
                .extract().asString();
        assertThat(history).doesNotContain("สมศรี").doesNotContain("081-234-5678").doesNotContain("089-999-9999");
    }

    @Test
    void refusesCallersWithoutAToken() {
        UUID center = fixtures.center("520114", "ศูนย์ไม่มีโทเคน");
        assertProblem(given().get("/api/v1/centers/" + center + "/members").then(), 401, "auth.unauthenticated");
    }

    @Test
    @TestSecurity(user = "demo.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void rejectsBadMembers() {
        UUID center = fixtures.center("520115", "ศูนย์ข้อมูลผิด");
        String path = "/api/v1/centers/" + center + "/members";
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("fullName", "x", "role", "KING")).post(path).then(),
                400, "request.malformed");
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("fullName", "x")).post(path).then(), 400,
                "request.invalid").body("errors.field", hasItem("role"));
        assertProblem(given().contentType(ContentType.JSON)
                .body(Map.of("fullName", "x", "role", "CHAIR", "phone", "call me maybe")).post(path).then(), 400,
                "request.invalid").body("errors.field", hasItem("phone"));
        assertProblem(given().contentType(ContentType.JSON).body("{\"fullName\": \"x\", \"role\": 1}").post(path).then(),
                400, "request.malformed");
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("fullName", "นาย\u202Eสมชาย", "role", "CHAIR"))
                .post(path).then(), 400, "request.invalid");
        assertProblem(given().contentType(ContentType.JSON)
                .body("{\"fullName\": \"x\", \"role\": \"CHAIR\"} {\"extra\": 1}").post(path).then(), 400,
                "request.malformed");
        given().contentType(ContentType.JSON).body(Map.of("fullName", "นาย\u200Bสมชาย", "role", "CHAIR")).post(path).then()
                .statusCode(201);
        given().get(path).then().body("size()", equalTo(1));
    }
}
