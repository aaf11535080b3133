package th.go.cdd.cdvl.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static th.go.cdd.cdvl.testsupport.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.center.CenterFixtures;
import th.go.cdd.cdvl.testsupport.RealmTokens;

/**
 * The department sets FY2569's rubric, Mueang Lampang's officer scores centers on visits, and the
 * rubric freezes at the first one; a later change is a new revision that old visits do not follow.
 * FY2569's rubric is this test's alone.
 */
@QuarkusTest
class EvaluationFlowTest {

    static final String RUBRIC = "/api/v1/fiscal-years/2569/rubric";

    @Inject
    CenterFixtures centers;

    static RequestSpecification as(String username) {
        return given().auth().oauth2(RealmTokens.userToken(username)).contentType(ContentType.JSON);
    }

    static Map<String, Object> rubric(String firstName, int... weights) {
        List<Map<String, Object>> criteria = new java.util.ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            criteria.add(Map.of("name", i == 0 ? firstName : "เกณฑ์ที่ " + (i + 1), "weight", weights[i]));
        }
        return Map.of("criteria", criteria, "levels", List.of(Map.of("name", "ดีเด่น", "minScore", 4.5),
                Map.of("name", "ดี", "minScore", 3.5), Map.of("name", "พัฒนา", "minScore", 1)));
    }

    static Map<String, Object> visit(UUID center, String visitedOn, List<String> criteria, int... scores) {
        Map<String, Object> body = new HashMap<>();
        body.put("centerId", center.toString());
        body.put("visitedOn", visitedOn);
        body.put("visitors", "นายสมชาย ใจดี พัฒนาการอำเภอ");
        List<Map<String, Object>> list = new java.util.ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            list.add(Map.of("criterionId", criteria.get(i), "score", scores[i]));
        }
        body.put("scores", list);
        body.put("followUp", "ติดตามแผนไตรมาสหน้า");
        body.put("followUpDueOn", "2026-03-31");
        return body;
    }

    @Test
    void aRubricIsEditedUntilItsFirstVisitThenRevisedForLaterVisitsOnly() {
        assertProblem(as("demo.district5201").body(rubric("การจัดกิจกรรม", 100)).put(RUBRIC).then(), 403, "auth.forbidden");
        as("demo.national").body(rubric("การจัดกิจกรรม", 40, 30, 30)).put(RUBRIC).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("revision", equalTo(1)).body("frozen", equalTo(false));
        assertProblem(as("demo.national").body(rubric("ซ้ำ", 100)).put(RUBRIC).then(), 428, "version.required");
        JsonPath first = as("demo.national").header("If-Match", "\"0\"").body(rubric("การจัดกิจกรรมต่อเนื่อง", 40, 30, 30))
                .put(RUBRIC).then().statusCode(200).body("revision", equalTo(1))
                .body("criteria.name", contains("การจัดกิจกรรมต่อเนื่อง", "เกณฑ์ที่ 2", "เกณฑ์ที่ 3"))
                .body("levels.name", contains("ดีเด่น", "ดี", "พัฒนา")).extract().jsonPath();
        List<String> criteria = first.getList("criteria.id");

        UUID wiangNuea = centers.center("520101", "ศูนย์ประเมิน เวียงเหนือ");
        UUID huaWiang = centers.center("520102", "ศูนย์ประเมิน หัวเวียง");
        UUID suanDok = centers.center("520103", "ศูนย์ประเมิน สวนดอก");
        // (5×40 + 4×30 + 3×30) / 100 = 4.10, ดี
        String visitId = as("demo.district5201").body(visit(wiangNuea, "2025-11-20", criteria, 5, 4, 3)).post("/api/v1/visits")
                .then().statusCode(201)
                .body("total", equalTo(4.10f)).body("level", equalTo("ดี")).body("fiscalYear", equalTo(2569)).body("quarter", equalTo(1))
                .body("scores.name", contains("การจัดกิจกรรมต่อเนื่อง", "เกณฑ์ที่ 2", "เกณฑ์ที่ 3"))
                .body("followUpOverdue", equalTo(true))
                .extract().path("id");
        as("demo.district5201").body(visit(huaWiang, "2026-01-15", criteria, 5, 5, 4)).post("/api/v1/visits").then().statusCode(201)
                .body("total", equalTo(4.70f)).body("level", equalTo("ดีเด่น")).body("quarter", equalTo(2));
        as("demo.district5201").body(visit(suanDok, "2026-01-16", criteria, 4, 4, 5)).post("/api/v1/visits").then().statusCode(201)
                .body("total", equalTo(4.30f));
        assertProblem(as("demo.district5201").body(visit(suanDok, "2026-01-16", criteria.subList(0, 2), 4, 4)).post("/api/v1/visits")
                .then(), 422, "evaluation.visit.scores");

        // The first visit froze revision 1: a change now is revision 2, for the visits after it.
        String etag = as("demo.national").get(RUBRIC).then().statusCode(200).body("frozen", equalTo(true)).extract().header("ETag");
        List<String> revised = as("demo.national").header("If-Match", etag).body(rubric("เกณฑ์ใหม่", 50, 50)).put(RUBRIC).then()
                .statusCode(200).body("revision", equalTo(2)).body("frozen", equalTo(false)).extract().jsonPath().getList("criteria.id");
        as("demo.province52").get("/api/v1/visits/" + visitId).then().statusCode(200)
                .body("rubricRevision", equalTo(1)).body("scores", hasSize(3)).body("total", equalTo(4.10f))
                .body("visitors", equalTo("นายสมชาย ใจดี พัฒนาการอำเภอ"));
        assertProblem(as("demo.district5201").body(visit(wiangNuea, "2026-02-01", criteria, 5, 4, 3)).post("/api/v1/visits").then(),
                422, "evaluation.visit.scores");
        as("demo.district5201").body(visit(wiangNuea, "2026-02-01", revised, 4, 5)).post("/api/v1/visits").then().statusCode(201)
                .body("rubricRevision", equalTo(2)).body("total", equalTo(4.50f)).body("level", equalTo("ดีเด่น"));

        // Rankings go by each center's latest visit: Wiang Nuea's 4.50 of February, not its 4.10 of November.
        as("demo.province52").queryParam("areaCode", "5201").queryParam("fiscalYear", 2569).get("/api/v1/visits/rankings").then()
                .statusCode(200)
                .body("findAll { it.centerName.startsWith('ศูนย์ประเมิน') }.centerName",
                        contains("ศูนย์ประเมิน หัวเวียง", "ศูนย์ประเมิน เวียงเหนือ", "ศูนย์ประเมิน สวนดอก"))
                .body("find { it.centerName == 'ศูนย์ประเมิน เวียงเหนือ' }.total", equalTo(4.50f));
        as("demo.province52").queryParam("areaCode", "52").queryParam("fiscalYear", 2569).get("/api/v1/visits/coverage").then()
                .statusCode(200)
                .body("rows.find { it.area.code == '5201' }.visited[0]", equalTo(1))
                .body("rows.find { it.area.code == '5201' }.visited[1]", equalTo(3));
        assertProblem(as("demo.district5001").get("/api/v1/visits/" + visitId).then(), 404, "evaluation.visit.not-found");
        assertProblem(as("demo.district5001").queryParam("areaCode", "52").queryParam("fiscalYear", 2569)
                .get("/api/v1/visits/rankings").then(), 404, "geo.not-found");
        as("demo.admin").get("/api/v1/audit-events?entityType=" + VisitService.AUDIT_TYPE + "&areaCode=5201").then().statusCode(200)
                .body("items.entityId", hasItem(visitId));
        as("demo.admin").get("/api/v1/audit-events?entityType=" + RubricService.AUDIT_TYPE).then().statusCode(200)
                .body("items.action", hasItem("REVISE"));
    }

    @Test
    void anOverdueFollowUpIsListedUntilItIsDone() {
        as("demo.national").body(rubric("การจัดกิจกรรม", 100)).put("/api/v1/fiscal-years/2570/rubric").then().statusCode(200);
        List<String> criteria = as("demo.national").get("/api/v1/fiscal-years/2570/rubric").then().extract().jsonPath()
                .getList("criteria.id");
        UUID center = centers.center("520104", "ศูนย์ติดตาม พระบาท");
        Map<String, Object> body = visit(center, "2026-10-20", criteria, 3);
        body.put("followUpDueOn", "2026-11-15");
        String id = as("demo.district5201").body(body).post("/api/v1/visits").then().statusCode(201).extract().path("id");
        as("demo.district5201").get("/api/v1/visits/overdue-follow-ups").then().statusCode(200).body("id", hasItem(id));

        assertProblem(as("demo.district5201").body(visit(center, "2099-01-01", criteria, 3)).post("/api/v1/visits").then(), 422,
                "evaluation.visit.future");
        body.put("followUpDoneOn", "2026-11-20");
        as("demo.district5201").header("If-Match", "\"0\"").body(body).put("/api/v1/visits/" + id).then().statusCode(200)
                .body("followUpOverdue", equalTo(false));
        as("demo.district5201").get("/api/v1/visits/overdue-follow-ups").then().statusCode(200).body("id", not(hasItem(id)));
        body.put("visitedOn", "2025-09-01");
        assertProblem(as("demo.district5201").header("If-Match", "\"1\"").body(body).put("/api/v1/visits/" + id).then(), 422,
                "evaluation.visit.year-fixed");
        as("demo.district5201").queryParam("centerId", center.toString()).get("/api/v1/visits").then().statusCode(200)
                .body("items.id", contains(id));
    }
}
