package th.go.cdd.cdvl.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static th.go.cdd.cdvl.testsupport.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.center.CenterFixtures;

@QuarkusTest
class PartnerResourceTest {

    @Inject
    CenterFixtures centers;

    @Inject
    PartnerFixtures partners;

    static Map<String, Object> partner(String name, String sector, String areaCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("sector", sector);
        body.put("kind", "วัด");
        body.put("contactPerson", "พระครูใจดี");
        body.put("contactPhone", "054-111222");
        body.put("areaCode", areaCode);
        return body;
    }

    static io.restassured.response.ValidatableResponse create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/partners").then();
    }

    @Test
    @TestSecurity(user = "demo.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void aDistrictOfficerAddsATempleAndIsWarnedOfADuplicate() {
        String id = create(partner("วัดศรีชุม ลำปาง", "RELIGION", "5201")).statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("area.nameTh", equalTo("เมืองลำปาง"))
                .body("contactPhone", equalTo("054-111222"))
                .extract().path("id");
        given().queryParam("name", "วัดศรีชุม  ลำปาง.").queryParam("areaCode", "5201").get("/api/v1/partners/similar").then()
                .statusCode(200)
                .body("id", contains(id))
                .body("[0].similarity", equalTo(1.0f));
        assertProblem(create(partner("วัดศรีชุมลำปาง", "RELIGION", "5201")), 409, "partner.possible-duplicate")
                .body("errors[0].message", equalTo("วัดศรีชุม ลำปาง"));
        Map<String, Object> anyway = partner("วัดศรีชุมลำปาง", "RELIGION", "5201");
        anyway.put("acknowledgeDuplicates", true);
        create(anyway).statusCode(201);
        create(partner("โรงเรียนอนุบาลลำปาง", "EDUCATION", "5201")).statusCode(201);
    }

    @Test
    @TestSecurity(user = "demo.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void aProvinceWidePartnerIsSeenWithoutItsContactAndCannotBeChangedByADistrict() {
        UUID provincial = partners.partner("สถานีวิทยุลำปาง", Sector.MEDIA, "52");
        UUID otherDistrict = partners.partner("บริษัทเกาะคา จำกัด", Sector.PRIVATE, "5202");
        UUID chiangMai = partners.partner("มหาวิทยาลัยเชียงใหม่", Sector.EDUCATION, "50");
        given().get("/api/v1/partners/" + provincial).then()
                .statusCode(200)
                .body("contactPhone", nullValue())
                .body("contactPerson", nullValue());
        assertProblem(given().get("/api/v1/partners/" + otherDistrict).then(), 404, "partner.not-found");
        assertProblem(given().get("/api/v1/partners/" + chiangMai).then(), 404, "partner.not-found");
        given().queryParam("size", 200).get("/api/v1/partners").then()
                .body("items.id", hasItem(provincial.toString()))
                .body("items.id", not(hasItem(otherDistrict.toString())))
                .body("items.id", not(hasItem(chiangMai.toString())));
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(partner("สถานีวิทยุลำปาง", "MEDIA", "52")).put("/api/v1/partners/" + provincial).then(), 403,
                "partner.area.forbidden");
        assertProblem(create(partner("ชมรมลำปาง", "PEOPLE", "52")), 403, "partner.area.forbidden");
        assertProblem(create(partner("ชมรมลำปาง", "PEOPLE", "5299")), 422, "geo.area.unknown");
    }

    @Test
    @TestSecurity(user = "demo.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void aPartnerOfAnotherDistrictIsSeenOnlyThroughOwnCentersLinks() {
        UUID shared = partners.partner("มูลนิธิเพื่อนชุมชน", Sector.CIVIL_SOCIETY, "5202");
        UUID myCenter = centers.center("520101", "ศูนย์เวียงเหนือ (ภาคี)");
        UUID theirCenter = centers.center("520201", "ศูนย์อำเภอเกาะคา");
        partners.link(shared, theirCenter, "520201", 2568);
        assertProblem(given().get("/api/v1/partners/" + shared).then(), 404, "partner.not-found");
        partners.link(shared, myCenter, "520101", 2568);
        given().get("/api/v1/partners/" + shared).then().statusCode(200).body("contactPhone", nullValue());
        given().get("/api/v1/partners/" + shared + "/links").then()
                .statusCode(200)
                .body("centerId", contains(myCenter.toString()));
    }

    @Test
    @TestSecurity(user = "demo.province52", roles = "province-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void linksNeedAKindOfSupportAndBudgetGoesWithBudgetSupport() {
        UUID partner = partners.partner("เทศบาลนครลำปาง", Sector.GOVERNMENT, "52");
        UUID center = centers.center("520901", "ศูนย์แม่พริก");
        String path = "/api/v1/centers/" + center + "/partner-links";
        Map<String, Object> link = new HashMap<>(Map.of("partnerId", partner.toString(), "fiscalYear", 2568,
                "supports", List.of("KNOWLEDGE", "BUDGET"), "budgetBaht", "15000.00"));
        String linkId = given().contentType(ContentType.JSON).body(link).post(path).then()
                .statusCode(201)
                .body("partnerName", equalTo("เทศบาลนครลำปาง"))
                .body("supports", containsInAnyOrder("KNOWLEDGE", "BUDGET"))
                .extract().path("id");
        assertProblem(given().contentType(ContentType.JSON).body(link).post(path).then(), 409, "partner.link.exists");
        link.put("supports", List.of("RESOURCES"));
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(link)
                .put("/api/v1/partner-links/" + linkId).then(), 422, "partner.link.budget-without-support");
        link.put("supports", List.of());
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(link)
                .put("/api/v1/partner-links/" + linkId).then(), 400, "request.invalid");
        link.put("supports", List.of("RESOURCES"));
        link.remove("budgetBaht");
        assertProblem(given().contentType(ContentType.JSON).body(link).put("/api/v1/partner-links/" + linkId).then(), 428,
                "version.required");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(link).put("/api/v1/partner-links/" + linkId)
                .then().statusCode(200).body("supports", contains("RESOURCES"));
        given().get("/api/v1/centers/" + center + "/history").then()
                .body("entityType", hasItem("PARTNER_LINK"));
    }

    /** The flow: temple → knowledge link → activity → religion covered for that center. */
    @Test
    @TestSecurity(user = "demo.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void aTempleLinkedToACenterShowsTheReligionSectorCovered() {
        UUID center = centers.center("520102", "ศูนย์หัวเวียง (ภาคี)");
        String temple = create(partner("วัดปงสนุก", "RELIGION", "5201")).statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("partnerId", temple, "fiscalYear", 2568, "supports", List.of("KNOWLEDGE")))
                .post("/api/v1/centers/" + center + "/partner-links").then().statusCode(201);
        String activity = given().contentType(ContentType.JSON).body(Map.of("centerId", center.toString(),
                        "title", "ทำบุญตักบาตรและพัฒนาวัด", "heldOn", "2024-12-05", "type", "DEVELOPMENT_VOLUNTEER",
                        "nationalDay", "วันพ่อแห่งชาติ"))
                .post("/api/v1/activities").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("partnerIds", List.of(temple)))
                .put("/api/v1/activities/" + activity + "/partners").then()
                .statusCode(200).body("name", contains("วัดปงสนุก"));
        given().get("/api/v1/activities/" + activity + "/partners").then().body("id", contains(temple));

        given().queryParam("fiscalYear", 2568).queryParam("minSectors", 2).get("/api/v1/sector-coverage").then()
                .statusCode(200)
                .body("rows.find { it.centerId == '" + center + "' }.sectors", contains("RELIGION"))
                .body("belowMinimum.centerId", hasItem(center.toString()))
                .body("centersBySector.RELIGION", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    @TestSecurity(user = "demo.province52", roles = "province-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void sectorCoverageMatchesAHandCount() {
        // Mae Tha (5210): center X works with GOVERNMENT and PEOPLE (budget 1,000 + 500), center Y with nobody
        UUID x = centers.center("521001", "ศูนย์ X");
        centers.center("521002", "ศูนย์ Y");
        UUID gov = partners.partner("อบต.แม่ทะ", Sector.GOVERNMENT, "5210");
        UUID people = partners.partner("กลุ่มแม่บ้านแม่ทะ", Sector.PEOPLE, "5210");
        partners.link(gov, x, "521001", 2568, new java.math.BigDecimal("1000.00"));
        partners.link(people, x, "521001", 2568, new java.math.BigDecimal("500.00"));
        partners.link(people, x, "521001", 2567, null);
        given().queryParam("areaCode", "5210").queryParam("fiscalYear", 2568).get("/api/v1/sector-coverage").then()
                .statusCode(200)
                .body("centers", equalTo(2))
                .body("minSectors", equalTo(3))
                .body("centersBelowMinimum", equalTo(2))
                .body("partnersBySector.GOVERNMENT", equalTo(1))
                .body("partnersBySector.PEOPLE", equalTo(1))
                .body("partnersBySector.RELIGION", equalTo(0))
                .body("budgetBySector.GOVERNMENT", equalTo(1000.0f))
                .body("budgetBySector.PEOPLE", equalTo(500.0f))
                .body("rows.find { it.centerName == 'ศูนย์ X' }.sectorCount", equalTo(2))
                .body("rows.find { it.centerName == 'ศูนย์ Y' }.sectorCount", equalTo(0));
        given().queryParam("fiscalYear", 2568).queryParam("minSectors", 2).get("/api/v1/sector-coverage").then()
                .body("rows.find { it.area.code == '5210' }.centers", equalTo(2))
                .body("rows.find { it.area.code == '5210' }.centersBelowMinimum", equalTo(1))
                .body("rows.find { it.area.code == '5210' }.sectors", containsInAnyOrder("GOVERNMENT", "PEOPLE"));
        assertProblem(given().queryParam("minSectors", 9).get("/api/v1/sector-coverage").then(), 400,
                "request.filter.invalid");
    }

    @Test
    @TestSecurity(user = "demo.viewer52", roles = "viewer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void aViewerReadsPartnersWithoutTheirContactsButNeverWrites() {
        UUID p = partners.partner("ร้านค้าชุมชนลำปาง", Sector.PRIVATE, "5203");
        given().get("/api/v1/partners/" + p).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("name", equalTo("ร้านค้าชุมชนลำปาง"))
                .body("contactPerson", nullValue())
                .body("contactPhone", nullValue());
        assertProblem(create(partner("ใหม่", "PRIVATE", "5203")), 403, "auth.forbidden");
        assertProblem(given().queryParam("name", "x").queryParam("areaCode", "52").get("/api/v1/partners/similar").then(),
                403, "auth.forbidden");
    }

    @Test
    @TestSecurity(user = "demo.district5001", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5001"))
    void anotherProvincesOfficerSeesNoneOfLampangsPartnersOrLinks() {
        UUID p = partners.partner("ชมรมผู้สูงอายุลำปาง", Sector.PEOPLE, "5201");
        UUID center = centers.center("520103", "ศูนย์สวนดอก (ภาคี)");
        assertProblem(given().get("/api/v1/partners/" + p).then(), 404, "partner.not-found");
        assertProblem(given().get("/api/v1/centers/" + center + "/partner-links").then(), 404, "center.not-found");
        given().queryParam("size", 200).get("/api/v1/partners").then()
                .body("items.areaCode", everyItem(org.hamcrest.Matchers.anyOf(equalTo("50"), org.hamcrest.Matchers.startsWith("5001"))));
        assertProblem(given().queryParam("areaCode", "52").get("/api/v1/sector-coverage").then(), 404, "geo.not-found");
    }

    @Test
    void refusesCallersWithoutAToken() {
        assertProblem(given().get("/api/v1/partners").then(), 401, "auth.unauthenticated");
        assertProblem(given().get("/api/v1/sector-coverage").then(), 401, "auth.unauthenticated");
    }

    @Test
    @TestSecurity(user = "stranger", roles = "offline_access")
    void forbidsCallersWithoutACdvlRole() {
        assertProblem(given().get("/api/v1/partners").then(), 403, "auth.forbidden");
        assertProblem(given().get("/api/v1/sector-coverage").then(), 403, "auth.forbidden");
    }

    @Test
    @TestSecurity(user = "demo.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void rejectsBadPartners() {
        assertProblem(create(partner("x", "ARMY", "5201")), 400, "request.malformed");
        assertProblem(create(partner("x", "PEOPLE", "52x")), 400, "request.invalid");
        Map<String, Object> phone = partner("x", "PEOPLE", "5201");
        phone.put("contactPhone", "not a phone");
        assertProblem(create(phone), 400, "request.invalid").body("errors.field", hasItem("contactPhone"));
        assertProblem(given().queryParam("sector", "ARMY").get("/api/v1/partners").then(), 400, "request.filter.invalid");
    }
}
