package th.go.cdd.cdvl.planning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static th.go.cdd.cdvl.testsupport.Problems.assertProblem;
import static th.go.cdd.cdvl.testsupport.Uploads.upload;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.common.storage.FileStorage;
import th.go.cdd.cdvl.contract.ContractFixtures;
import th.go.cdd.cdvl.testsupport.RealmTokens;
import th.go.cdd.cdvl.testsupport.TestClock;

/**
 * A meeting's minutes and photos, attached, read and removed by the officers of Mueang Lampang and
 * refused to those outside it; the store holds exactly the files listed.
 */
@QuarkusTest
class MeetingFilesTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    TestClock clock;

    @Inject
    FileStorage storage;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aDistrictAttachesMinutesAndPhotosToItsMeetingAndOnlyItsAreaReadsThem() {
        clock.set(OffsetDateTime.parse("2024-12-20T09:00:00+07:00"));
        String id = MeetingResourceTest.as("demo.district5201")
                .body(MeetingResourceTest.meeting("DISTRICT", "5201", "ประชุมพร้อมรายงานการประชุม", List.of()))
                .post("/api/v1/meetings").then().statusCode(201).extract().path("id");
        String files = "/api/v1/meetings/" + id + "/files";
        byte[] jpeg = ContractFixtures.jpeg();

        var minutes = upload("demo.district5201", files, "C:\\เอกสาร\\รายงานการประชุม 1-2568.pdf", PDF).statusCode(201)
                .body("kind", equalTo("MINUTES"))
                .body("fileName", equalTo("รายงานการประชุม 1-2568.pdf"))
                .body("contentType", equalTo("application/pdf"))
                .body("url", startsWith(files + "/"))
                .extract();
        upload("demo.district5201", files, "ภาพ.jpg", jpeg).statusCode(201).body("kind", equalTo("PHOTO"));
        assertProblem(given().auth().oauth2(RealmTokens.userToken("demo.district5201")).contentType("application/octet-stream")
                .queryParam("kind", "PHOTO").body(PDF).post(files).then(), 415, "file.type-unsupported");
        assertProblem(upload("demo.district5201", files, "empty.pdf", new byte[0]), 422, "file.empty");

        MeetingResourceTest.as("demo.province52").get("/api/v1/meetings/" + id).then().statusCode(200)
                .body("files.kind", containsInAnyOrder("MINUTES", "PHOTO"));
        String fileUrl = minutes.path("url");
        String etag = minutes.path("etag");
        byte[] read = given().auth().oauth2(RealmTokens.userToken("demo.viewer52")).get(fileUrl).then().statusCode(200)
                .header("ETag", equalTo(etag))
                .header("Content-Disposition", startsWith("attachment;"))
                .extract().asByteArray();
        assertThat(read).isEqualTo(PDF);
        given().auth().oauth2(RealmTokens.userToken("demo.viewer52")).header("If-None-Match", etag).get(fileUrl).then().statusCode(304);

        assertProblem(upload("demo.district5001", files, "x.pdf", PDF), 404, "meeting.not-found");
        assertProblem(given().auth().oauth2(RealmTokens.userToken("demo.district5001")).get(fileUrl).then(), 404, "meeting.not-found");
        assertProblem(upload("demo.viewer52", files, "x.pdf", PDF), 403, "auth.forbidden");

        String key = "attachments/meeting/" + id + "/" + minutes.path("id");
        assertThat(storage.exists(key)).isTrue();
        assertProblem(MeetingResourceTest.as("demo.district5201").delete(fileUrl).then(), 428, "version.required");
        assertProblem(MeetingResourceTest.as("demo.district5201").header("If-Match", "\"other\"").delete(fileUrl).then(), 412,
                "version.stale");
        MeetingResourceTest.as("demo.district5201").header("If-Match", etag).delete(fileUrl).then().statusCode(204);
        assertThat(storage.exists(key)).isFalse();
        assertProblem(MeetingResourceTest.as("demo.district5201").get(fileUrl).then(), 404, "attachment.not-found");
        MeetingResourceTest.as("demo.district5201").get("/api/v1/meetings/" + id).then().body("files.kind", contains("PHOTO"));
        MeetingResourceTest.as("demo.admin").get("/api/v1/audit-events?entityType=ATTACHMENT&areaCode=5201").then().statusCode(200)
                .body("items.findAll { it.entityId == '" + minutes.path("id") + "' }.action", containsInAnyOrder("DELETE", "CREATE"));
    }
}
