package th.go.cdd.cdvl.reporting.request;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static th.go.cdd.cdvl.testsupport.Problems.assertProblem;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.testsupport.RealmTokens;
import th.go.cdd.cdvl.testsupport.Uploads;
import th.go.cdd.cdvl.testsupport.TestClock;

/**
 * Document requests (issue 14 §3) with real tokens of the demo users: the department asks
 * Lampang's districts, two answer (one a second before the due day ends, one at midnight), the
 * matrix and the zip show exactly that. Dates are in FY2570, which no other test uses for requests.
 */
@QuarkusTest
class DocumentRequestFlowTest {

    static final byte[] XLSX = zip("xl/workbook.xml");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Inject
    TestClock clock;

    @Inject
    DocumentReminders reminders;

    @Inject
    MockMailbox mailbox;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static RequestSpecification as(String username) {
        return given().auth().oauth2(RealmTokens.userToken(username)).contentType(ContentType.JSON);
    }

    static String create(String username, Map<String, Object> body) {
        return as(username).body(body).post("/api/v1/document-requests").then().statusCode(201)
                .extract().path("id");
    }

    static Map<String, Object> toLampang(String title, String dueOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fiscalYear", 2570);
        body.put("title", title);
        body.put("instructions", "กรอกแบบที่แนบ แล้วส่งกลับเป็นไฟล์ Excel");
        body.put("dueOn", dueOn);
        body.put("targetLevel", "DISTRICT");
        body.put("targetProvinceCode", "52");
        return body;
    }

    static ValidatableResponse upload(String username, String answer, String fileName, byte[] content) {
        return Uploads.upload(username, answer + "/files", fileName, content);
    }

    static String etag(String username, String answer) {
        return as(username).get(answer).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void twoDistrictsAnswerOneLateAndTheMatrixAndTheZipShowExactlyThat() throws IOException {
        clock.set(OffsetDateTime.parse("2027-03-01T09:00:00+07:00"));
        String id = create("demo.national", toLampang("แบบสำรวจศูนย์ฯ มีนาคม 2570", "2027-03-10"));
        String request = "/api/v1/document-requests/" + id;
        as("demo.national").get(request).then().statusCode(200)
                .body("offices", equalTo(13))
                .body("canReview", equalTo(true))
                .body("owner", nullValue())
                .body("targetProvince.code", equalTo("52"))
                .body("standings.NOT_STARTED", equalTo(13));

        // who may see and who may answer
        assertProblem(as("demo.district5001").get(request).then(), 404, "reporting.document-request.not-found");
        assertProblem(as("demo.district5001").get(request + "/answers/5201").then(), 404, "reporting.document-request.not-found");
        as("demo.district5201").get("/api/v1/document-requests?fiscalYear=2570").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.myOffice.standing", equalTo("NOT_STARTED"))
                .body("items.find { it.id == '" + id + "' }.offices", equalTo(1))
                .body("items.find { it.id == '" + id + "' }.canReview", equalTo(false));
        assertProblem(as("demo.district5201").get(request + "/answers/5202").then(), 404, "reporting.document-answer.not-found");
        assertProblem(upload("demo.province52", request + "/answers/5201", "x.pdf", PDF), 403, "reporting.document-answer.not-yours");

        // 5201: the type is judged from the content, the name is cleaned; submitted a second before the day ends
        String a5201 = request + "/answers/5201";
        assertProblem(upload("demo.district5201", a5201, "แบบ.xlsx", "ไม่ใช่ไฟล์ Excel".getBytes(StandardCharsets.UTF_8)),
                415, "file.type-unsupported");
        assertProblem(upload("demo.district5201", a5201, "plain.zip", zip("notes.txt")), 415, "file.type-unsupported");
        upload("demo.district5201", a5201, "C:\\เอกสาร\\แบบสำรวจ.xlsx", XLSX).statusCode(201)
                .body("state", equalTo("DRAFT"))
                .body("files", hasSize(1))
                .body("files[0].fileName", equalTo("แบบสำรวจ.xlsx"))
                .body("files[0].contentType", equalTo(th.go.cdd.cdvl.common.storage.FileTypes.Type.XLSX.mediaType));
        assertProblem(as("demo.district5201").post(a5201 + "/submit").then(), 428, "version.required");
        clock.set(OffsetDateTime.parse("2027-03-10T23:59:59+07:00"));
        as("demo.district5201").header("If-Match", etag("demo.district5201", a5201)).post(a5201 + "/submit").then()
                .statusCode(200).body("standing", equalTo("SUBMITTED_ON_TIME")).body("onTime", equalTo(true));

        // 5202 submits at midnight, the first instant late; 5203 only drafts
        clock.set(OffsetDateTime.parse("2027-03-11T00:00:00+07:00"));
        String a5202 = request + "/answers/5202";
        assertProblem(as("demo.admin").header("If-Match", "\"0\"").post(a5202 + "/submit").then(), 409,
                "reporting.document-answer.not-started");
        as("demo.admin").body(Map.of("note", "ส่งช้าเพราะไฟดับ")).put(a5202).then().statusCode(200).body("state", equalTo("DRAFT"));
        assertProblem(as("demo.admin").header("If-Match", etag("demo.admin", a5202)).post(a5202 + "/submit").then(), 422,
                "reporting.document-answer.no-files");
        upload("demo.admin", a5202, "รายงาน.pdf", PDF).statusCode(201);
        as("demo.admin").header("If-Match", etag("demo.admin", a5202)).post(a5202 + "/submit").then()
                .statusCode(200).body("standing", equalTo("SUBMITTED_LATE")).body("onTime", equalTo(false));
        upload("demo.admin", request + "/answers/5203", "ภาพ.png", PNG).statusCode(201);

        List<Map<String, Object>> matrix = as("demo.national").get(request + "/answers").then().statusCode(200)
                .body("", hasSize(13)).extract().jsonPath().getList("");
        Map<String, Object> standings = new LinkedHashMap<>();
        matrix.forEach(row -> standings.put((String) ((Map<?, ?>) row.get("office")).get("code"), row.get("standing")));
        assertThat(standings).containsEntry("5201", "SUBMITTED_ON_TIME").containsEntry("5202", "SUBMITTED_LATE")
                .containsEntry("5203", "MISSING").containsEntry("5213", "MISSING");
        assertThat(matrix.get(0).get("files")).isEqualTo(1);
        as("demo.province52").get(request + "/answers").then().statusCode(200).body("", hasSize(13));
        as("demo.district5201").get(request + "/answers").then().statusCode(200).body("", hasSize(1));

        // the zip holds exactly the submitted files, byte for byte, in a folder per office
        byte[] zip = as("demo.national").get(request + "/answers.zip").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
        Map<String, byte[]> entries = unzip(zip);
        assertThat(entries.keySet()).containsExactly("5201 เมืองลำปาง/แบบสำรวจ.xlsx", "5202 แม่เมาะ/รายงาน.pdf");
        assertThat(entries.get("5201 เมืองลำปาง/แบบสำรวจ.xlsx")).isEqualTo(XLSX);
        assertThat(entries.get("5202 แม่เมาะ/รายงาน.pdf")).isEqualTo(PDF);
        assertThat(unzip(as("demo.district5201").get(request + "/answers.zip").then().statusCode(200).extract().asByteArray())
                .keySet()).containsExactly("5201 เมืองลำปาง/แบบสำรวจ.xlsx");

        // review: the requester only, a return needs a comment, a resubmission keeps the first timeliness
        assertProblem(as("demo.province52").header("If-Match", etag("demo.province52", a5201)).body(Map.of("comment", "แก้"))
                .post(a5201 + "/return").then(), 403, "reporting.document-request.not-requester");
        assertProblem(as("demo.national").header("If-Match", etag("demo.national", a5201)).body(Map.of())
                .post(a5201 + "/return").then(), 422, "reporting.review.comment-required");
        as("demo.national").header("If-Match", etag("demo.national", a5201)).body(Map.of("comment", "แนบหน้าที่ 2 ด้วย"))
                .post(a5201 + "/return").then().statusCode(200).body("standing", equalTo("RETURNED"));
        assertThat(unzip(as("demo.national").get(request + "/answers.zip").then().extract().asByteArray()).keySet())
                .containsExactly("5202 แม่เมาะ/รายงาน.pdf");
        upload("demo.district5201", a5201, "แบบสำรวจ.xlsx", XLSX).statusCode(201).body("files", hasSize(2));
        String file = as("demo.district5201").get(a5201).then().extract().path("files[0].url");
        given().auth().oauth2(RealmTokens.userToken("demo.national")).get(file).then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("filename*=UTF-8''"));
        as("demo.district5201").header("If-Match", etag("demo.district5201", a5201)).delete(file).then().statusCode(200)
                .body("files", hasSize(1));
        as("demo.district5201").header("If-Match", etag("demo.district5201", a5201)).post(a5201 + "/submit").then()
                .statusCode(200).body("standing", equalTo("SUBMITTED_ON_TIME"));
        as("demo.national").header("If-Match", etag("demo.national", a5201)).body(Map.of())
                .post(a5201 + "/accept").then().statusCode(200).body("standing", equalTo("ACCEPTED"));
        assertProblem(upload("demo.district5201", a5201, "อีก.pdf", PDF), 409, "reporting.document-answer.state");
        as("demo.admin").get("/api/v1/audit-events?entityType=" + DocumentAnswerService.AUDIT_TYPE + "&areaCode=5201")
                .then().statusCode(200).body("items.action", org.hamcrest.Matchers.hasItems("FILE_ADDED", "SUBMIT", "RETURN",
                        "FILE_REMOVED", "ACCEPT"));
    }

    @Test
    void aProvinceAsksOnlyItsOwnDistrictsAndReviewsTheirAnswers() {
        clock.set(OffsetDateTime.parse("2027-04-01T09:00:00+07:00"));
        Map<String, Object> toChiangMai = toLampang("ของเชียงใหม่", "2027-04-20");
        toChiangMai.put("targetProvinceCode", "50");
        assertProblem(as("demo.province52").body(toChiangMai).post("/api/v1/document-requests").then(), 403,
                "reporting.document-request.area.forbidden");
        Map<String, Object> toProvinces = toLampang("ทุกจังหวัด", "2027-04-20");
        toProvinces.put("targetLevel", "PROVINCE");
        toProvinces.remove("targetProvinceCode");
        assertProblem(as("demo.province52").body(toProvinces).post("/api/v1/document-requests").then(), 403,
                "reporting.document-request.area.forbidden");
        assertProblem(as("demo.district5201").body(toLampang("x", "2027-04-20")).post("/api/v1/document-requests").then(), 403,
                "auth.forbidden");

        String id = create("demo.province52", toLampang("ภาพกิจกรรมเดือนเมษายน", "2027-04-20"));
        String request = "/api/v1/document-requests/" + id;
        as("demo.province52").get(request).then().statusCode(200).body("owner.code", equalTo("52")).body("canReview", equalTo(true));
        as("demo.national").get(request).then().statusCode(200).body("canReview", equalTo(true));
        assertProblem(as("demo.district5201").header("If-Match", etag("demo.district5201", request))
                .body(Map.of("title", "t", "instructions", "i", "dueOn", "2027-04-30")).put(request).then(), 403,
                "auth.forbidden");
        as("demo.province52").header("If-Match", etag("demo.province52", request))
                .body(Map.of("title", "ภาพกิจกรรมเดือนเมษายน", "instructions", "ส่งภาพ 3 ภาพ", "dueOn", "2027-04-30"))
                .put(request).then().statusCode(200).body("dueOn", equalTo("2027-04-30"));
        given().auth().oauth2(RealmTokens.userToken("demo.province52")).contentType("application/octet-stream")
                .header("If-Match", etag("demo.province52", request)).queryParam("fileName", "แบบฟอร์ม.xlsx").body(XLSX)
                .put(request + "/template").then().statusCode(200).body("template.fileName", equalTo("แบบฟอร์ม.xlsx"));
        assertThat(given().auth().oauth2(RealmTokens.userToken("demo.district5201")).get(request + "/template").then()
                .statusCode(200).extract().asByteArray()).isEqualTo(XLSX);

        String a5201 = request + "/answers/5201";
        upload("demo.district5201", a5201, "ภาพ.png", PNG).statusCode(201);
        as("demo.district5201").header("If-Match", etag("demo.district5201", a5201)).post(a5201 + "/submit").then()
                .statusCode(200).body("standing", equalTo("SUBMITTED_ON_TIME"));
        as("demo.province52").header("If-Match", etag("demo.province52", a5201)).body(Map.of("comment", "ครบ"))
                .post(a5201 + "/accept").then().statusCode(200).body("standing", equalTo("ACCEPTED"))
                .body("reviewComment", equalTo("ครบ"));
    }

    @Test
    void officesAreRemindedSevenAndTwoDaysBeforeAndTheRequesterGetsASummaryTheDayAfter() {
        clock.set(OffsetDateTime.parse("2027-05-01T09:00:00+07:00"));
        String id = create("demo.national", toLampang("ทะเบียนผู้นำ พฤษภาคม", "2027-05-20"));
        as("demo.admin").body(Map.of("email", "amphoe.5212@example.go.th")).put("/api/v1/office-contacts/5212")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        mailbox.clear();
        clock.set(OffsetDateTime.parse("2027-05-13T08:00:00+07:00"));
        // the administrator's "send now" runs the document requests' pass with the deadlines'
        as("demo.admin").body(Map.of()).post("/api/v1/reminders/run").then().statusCode(200);
        assertThat(reminders.run()).as("a second pass the same day").isZero();
        assertThat(mailbox.getMailsSentTo("amphoe.5212@example.go.th")).hasSize(1);
        assertThat(mailbox.getMailsSentTo("amphoe.5212@example.go.th").get(0).getText()).contains(id);

        clock.set(OffsetDateTime.parse("2027-05-21T08:00:00+07:00"));
        reminders.run();
        assertThat(mailbox.getMailsSentTo("demo.national@example.com")).hasSize(1);
        assertThat(mailbox.getMailsSentTo("demo.national@example.com").get(0).getText()).contains("(13)").contains("5212");
    }

    static byte[] zip(String... entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
