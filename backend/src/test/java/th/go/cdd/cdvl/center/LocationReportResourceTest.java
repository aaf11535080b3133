package th.go.cdd.cdvl.center;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static th.go.cdd.cdvl.testsupport.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LocationReportResourceTest {

    @Inject
    CenterFixtures fixtures;

    @Test
    @TestSecurity(user = "demo.province52", roles = "province-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void listsEverySubdistrictWithItsCenterOrFlagsItHasNone() throws IOException {
        UUID center = fixtures.center("520601", "ศูนย์รายงานที่ตั้ง");
        given().contentType(ContentType.JSON).body(Map.of("centerId", center.toString()))
                .put("/api/v1/districts/5206/operating-point").then().statusCode(200);

        var report = given().queryParam("areaCode", "5206").get("/api/v1/center-location-report").then()
                .statusCode(200)
                .body("areaNameTh", equalTo("แจ้ห่ม"))
                .body("districts.size()", equalTo(1))
                .body("districts[0].operatingPoint.centerName", equalTo("ศูนย์รายงานที่ตั้ง"))
                .body("districts[0].subdistricts[0].code", equalTo("520601"))
                .body("districts[0].subdistricts[0].hasCenter", equalTo(true))
                .body("districts[0].subdistricts[0].centers[0].operatingPoint", equalTo(true))
                .body("districts[0].subdistricts[1].hasCenter", equalTo(false))
                .extract().jsonPath();
        int subdistricts = report.getInt("totals.subdistricts");
        assertThat(subdistricts).isEqualTo(report.getList("districts[0].subdistricts").size()).isGreaterThan(1);
        assertThat(report.getInt("totals.subdistrictsWithCenter")).isEqualTo(1);
        assertThat(report.getInt("totals.subdistrictsWithoutCenter")).isEqualTo(subdistricts - 1);

        byte[] xlsx = given().queryParam("areaCode", "5206").get("/api/v1/center-location-report.xlsx").then()
                .statusCode(200)
                .contentType(startsWith(LocationReportResource.XLSX))
                .header("Content-Disposition", equalTo("attachment; filename=\"center-locations-5206.xlsx\""))
                .extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            // the reader skips the blank third row: rows are title, date, header, then one per sub-district
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).contains("แบบรายงานศูนย์ผู้นำจิตอาสาพัฒนาชุมชน").contains("อำเภอแจ้ห่ม จังหวัดลำปาง");
            assertThat(rows.get(2).getCellText(5)).isEqualTo("ตำบล");
            assertThat(rows.get(2).getRowNum()).isEqualTo(4);
            Row first = rows.get(3);
            assertThat(first.getCellText(4)).isEqualTo("520601");
            assertThat(first.getCellText(7)).isEqualTo("ศูนย์รายงานที่ตั้ง");
            assertThat(first.getCellText(13)).isEqualTo("✓");
            assertThat(rows.get(4).getCellText(6)).isEqualTo("ยังไม่มีศูนย์");
            assertThat(rows).hasSize(3 + subdistricts);
            List<Row> points = workbook.getSheet(1).orElseThrow().read();
            assertThat(points.get(1).getCellText(3)).isEqualTo("ศูนย์รายงานที่ตั้ง");
        }
    }

    @Test
    @TestSecurity(user = "demo.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void aDistrictOfficerGetsTheirDistrictAndNothingWider() {
        given().get("/api/v1/center-location-report").then()
                .statusCode(200)
                .body("areaCode", equalTo("5201"))
                .body("districts.code", org.hamcrest.Matchers.contains("5201"));
        assertProblem(given().queryParam("areaCode", "52").get("/api/v1/center-location-report").then(), 404,
                "geo.not-found");
        assertProblem(given().queryParam("areaCode", "5001").get("/api/v1/center-location-report.xlsx").then(), 404,
                "geo.not-found");
        assertProblem(given().queryParam("areaCode", "5x").get("/api/v1/center-location-report").then(), 400,
                "geo.code.malformed");
    }

    @Test
    @TestSecurity(user = "service-account-demo-gov-system", roles = "api-client")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "TH"))
    void theNationalReportCoversTheSeventySixProvincesOutsideBangkok() {
        given().get("/api/v1/center-location-report").then()
                .statusCode(200)
                .body("areaNameEn", equalTo("Nationwide"))
                .body("totals.subdistricts", equalTo(7256))
                .body("districts.size()", equalTo(878));
    }
}
