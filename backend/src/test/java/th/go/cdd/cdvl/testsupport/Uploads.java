package th.go.cdd.cdvl.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;

/** Files sent as the API takes them: the body is the file, its name a query parameter. */
public final class Uploads {

    private Uploads() {
    }

    /** POSTs {@code content} to {@code path} as {@code username}, named {@code fileName}. */
    public static ValidatableResponse upload(String username, String path, String fileName, byte[] content) {
        return given().auth().oauth2(RealmTokens.userToken(username)).contentType("application/octet-stream")
                .queryParam("fileName", fileName).body(content).post(path).then();
    }
}
