package th.go.cdd.cdvl.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static th.go.cdd.cdvl.testsupport.Problems.assertProblem;
import static th.go.cdd.cdvl.testsupport.Uploads.upload;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.center.CenterFixtures;
import th.go.cdd.cdvl.contract.ContractFixtures;
import th.go.cdd.cdvl.testsupport.RealmTokens;
import th.go.cdd.cdvl.testsupport.TestClock;

/** Photos of an evaluation visit, taken on the officer's phone; FY2568's rubric is this test's alone. */
@QuarkusTest
class VisitPhotosTest {

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    TestClock clock;

    @Inject
    CenterFixtures centers;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aVisitTakesTenPhotosAndNothingButPhotos() {
        clock.set(OffsetDateTime.parse("2025-01-20T09:00:00+07:00"));
        EvaluationFlowTest.as("demo.national").body(EvaluationFlowTest.rubric("การจัดกิจกรรม", 100))
                .put("/api/v1/fiscal-years/2568/rubric").then().statusCode(200);
        List<String> criteria = EvaluationFlowTest.as("demo.national").get("/api/v1/fiscal-years/2568/rubric").then().extract()
                .jsonPath().getList("criteria.id");
        UUID center = centers.center("520105", "ศูนย์ภาพถ่าย " + UUID.randomUUID().toString().substring(0, 6));
        String visit = EvaluationFlowTest.as("demo.district5201")
                .body(EvaluationFlowTest.visit(center, "2025-01-15", criteria, 4)).post("/api/v1/visits").then()
                .statusCode(201).body("photos", hasSize(0)).extract().path("id");
        String photos = "/api/v1/visits/" + visit + "/photos";
        byte[] jpeg = ContractFixtures.jpeg();

        assertProblem(upload("demo.district5201", photos, "minutes.pdf", PDF), 415, "file.type-unsupported");
        for (int i = 0; i < 10; i++) {
            upload("demo.district5201", photos, "IMG_" + i + ".jpg", jpeg).statusCode(201).body("kind", equalTo("PHOTO"));
        }
        assertProblem(upload("demo.district5201", photos, "IMG_10.jpg", jpeg), 409, "attachment.limit-reached");
        var view = EvaluationFlowTest.as("demo.province52").get("/api/v1/visits/" + visit).then().statusCode(200)
                .body("photos", hasSize(10)).extract();
        String first = view.path("photos[0].url");
        // the clock stands still here, so the photos' order among themselves is the ids'
        String firstName = view.path("photos[0].fileName");
        given().auth().oauth2(RealmTokens.userToken("demo.province52")).get(first).then().statusCode(200)
                .contentType("image/jpeg").header("Content-Disposition", startsWith("inline;"));
        assertProblem(upload("demo.district5001", photos, "IMG.jpg", jpeg), 404, "evaluation.visit.not-found");
        EvaluationFlowTest.as("demo.district5201").header("If-Match", (String) view.path("photos[0].etag")).delete(first).then()
                .statusCode(204);
        EvaluationFlowTest.as("demo.district5201").get("/api/v1/visits/" + visit).then().body("photos", hasSize(9))
                .body("photos.fileName", not(hasItem(firstName)));
    }
}
