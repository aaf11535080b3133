package th.go.cdd.cdvl.activity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The national and provincial figures come from tallies the database keeps on every write. After
 * a mix of writes through the API — new activities, one moved to another quarter, one changed to
 * another category, one voided, a center suspended — the figures must equal a recount from the
 * live (not voided) activities themselves, at once, and the tallies must equal a rebuild from
 * scratch. Mae Hong Son (58) is this test's own province.
 */
@QuarkusTest
class ComplianceTalliesTest {

    @Inject
    ActivityFixtures fixtures;

    @Inject
    EntityManager em;

    @Test
    @TestSecurity(user = "demo.national", roles = "national")
    void nationalAndProvincialFiguresFollowEveryWriteAtOnce() {
        UUID first = fixtures.center("580101", "ศูนย์ทดสอบยอดสะสม ๑");
        UUID second = fixtures.center("580102", "ศูนย์ทดสอบยอดสะสม ๒");
        UUID third = fixtures.center("580201", "ศูนย์ทดสอบยอดสะสม ๓");
        String moved = create(first, "HEALTH", "2024-11-20");
        String duplicate = create(first, "THREE_TREES", "2024-12-01");
        String recategorised = create(second, "THREE_TREES", "2025-02-10");
        create(third, "HEALTH", "2025-05-05");
        assertFiguresMatchARecount();

        update(moved, first, "HEALTH", "2025-04-01");
        update(recategorised, second, "DEVELOPMENT_VOLUNTEER", "2025-02-10");
        assertFiguresMatchARecount();

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("reason", "บันทึกซ้ำ"))
                .post("/api/v1/activities/" + duplicate + "/void").then().statusCode(200);
        assertFiguresMatchARecount();

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("status", "SUSPENDED", "reason", "คณะกรรมการหมดวาระ", "effectiveOn", "2025-06-01"))
                .post("/api/v1/centers/" + third + "/status").then().statusCode(200);
        assertFiguresMatchARecount();
        assertThat(given().queryParam("areaCode", "58").queryParam("fiscalYear", 2568).get("/api/v1/compliance")
                .then().statusCode(200).extract().jsonPath().getInt("totals.centers")).isGreaterThanOrEqualTo(2);
        assertTalliesEqualARebuild();
    }

    private void assertFiguresMatchARecount() {
        for (Integer quarter : new Integer[] {null, 1, 2, 3, 4}) {
            JsonPath nation = compliance(null, quarter);
            Map<String, List<Integer>> recount = recount(quarter == null ? 0 : quarter);
            Map<String, List<Integer>> served = new TreeMap<>();
            for (Map<String, Object> row : nation.<Map<String, Object>>getList("rows")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> f = (Map<String, Object>) row.get("figures");
                @SuppressWarnings("unchecked")
                Map<String, Integer> c = (Map<String, Integer>) f.get("byCategory");
                if ((Integer) f.get("centers") > 0) {
                    @SuppressWarnings("unchecked")
                    String code = ((Map<String, String>) row.get("area")).get("code");
                    served.put(code, List.of((Integer) f.get("centers"), (Integer) f.get("compliantCenters"),
                            c.get("MISSION"), c.get("DIMENSION"), c.get("NATIONAL_DAY")));
                }
            }
            assertThat(served).as("national figures, quarter %s", quarter).isEqualTo(recount);
            JsonPath province = compliance("58", quarter);
            assertThat(province.getInt("totals.compliantCenters")).as("province 58, quarter %s", quarter)
                    .isEqualTo(recount.get("58").get(1));
        }
        Map<String, Integer> coverage = given().queryParam("fiscalYear", 2568).get("/api/v1/coverage").then()
                .statusCode(200).extract().jsonPath().getMap("totals", String.class, Integer.class);
        assertThat(coverage).isEqualTo(typeRecount());
    }

    private JsonPath compliance(String areaCode, Integer quarter) {
        var request = given().queryParam("fiscalYear", 2568);
        if (areaCode != null) {
            request.queryParam("areaCode", areaCode);
        }
        if (quarter != null) {
            request.queryParam("quarter", quarter);
        }
        return request.get("/api/v1/compliance").then().statusCode(200).extract().jsonPath();
    }

    /** The naive query the tallies replace: every live activity of the year, grouped by center. */
    @Transactional
    Map<String, List<Integer>> recount(int quarter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select p, count(*), count(*) filter (where m + d + n > 0), sum(m), sum(d), sum(n)
                from (select c.province_code as p,
                             count(a.id) filter (where a.category = 'MISSION') as m,
                             count(a.id) filter (where a.category = 'DIMENSION') as d,
                             count(a.id) filter (where a.category = 'NATIONAL_DAY') as n
                      from center c
                      left join activity a on a.center_id = c.id and a.fiscal_year = 2568 and (:q = 0 or a.quarter = :q)
                                           and a.voided_at is null
                      where c.status = 'ACTIVE'
                      group by c.id, c.province_code) per_center
                group by p""").setParameter("q", quarter).getResultList();
        Map<String, List<Integer>> byProvince = new TreeMap<>();
        rows.forEach(r -> byProvince.put((String) r[0], List.of(n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]))));
        return byProvince;
    }

    @Transactional
    Map<String, Integer> typeRecount() {
        Map<String, Integer> counts = new HashMap<>();
        for (ActivityType type : ActivityType.values()) {
            counts.put(type.name(), 0);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select activity_type, count(*) from activity where fiscal_year = 2568 and voided_at is null group by 1")
                .getResultList();
        rows.forEach(r -> counts.put((String) r[0], n(r[1])));
        return counts;
    }

    @Transactional
    void assertTalliesEqualARebuild() {
        String[] tables = {"center_tally", "district_tally", "district_type_tally", "province_type_tally"};
        Map<String, List<?>> kept = new HashMap<>();
        for (String table : tables) {
            kept.put(table, snapshot(table));
        }
        em.createNativeQuery("select rebuild_activity_tallies()").getSingleResult();
        for (String table : tables) {
            assertThat(snapshot(table)).as(table).isEqualTo(kept.get(table));
        }
    }

    /** A table's rows as text, without rows that only hold zeros (a rebuild does not write those). */
    private List<?> snapshot(String table) {
        return em.createNativeQuery("select t::text from " + table + " t where not (row_to_json(t)::jsonb - 'center_id' - "
                + "'district_code' - 'province_code' - 'fiscal_year' - 'quarter' - 'activity_type') <@ '{\"mission\":0,\"dimension\":0,"
                + "\"national_day\":0,\"compliant_centers\":0,\"activities\":0}'::jsonb order by 1").getResultList();
    }

    private static String create(UUID center, String type, String heldOn) {
        return given().contentType(ContentType.JSON).body(body(center, type, heldOn)).post("/api/v1/activities").then()
                .statusCode(201).extract().path("id");
    }

    private static void update(String id, UUID center, String type, String heldOn) {
        String etag = given().get("/api/v1/activities/" + id).then().statusCode(200).extract().header("ETag");
        Map<String, Object> body = body(center, type, heldOn);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(body).put("/api/v1/activities/" + id).then()
                .statusCode(200);
    }

    private static Map<String, Object> body(UUID center, String type, String heldOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("centerId", center.toString());
        body.put("title", "กิจกรรมทดสอบยอดสะสม");
        body.put("heldOn", heldOn);
        body.put("type", type);
        body.put("participants", Map.of("committee", 1, "volunteerLeaders", 2, "community", 3, "partners", 0, "officers", 1));
        if (type.equals("DEVELOPMENT_VOLUNTEER")) {
            body.put("nationalDay", "วันพ่อแห่งชาติ");
        }
        return body;
    }

    private static int n(Object value) {
        return ((Number) value).intValue();
    }
}
