package th.go.cdd.cdvl.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;

/**
 * Real access tokens from the test run's Keycloak, started by {@code make test} from the
 * distribution with infra/keycloak/cdvl-realm.json (system property {@code cdvl.test.keycloak-url}).
 */
public final class RealmTokens {

    public static final String DEMO_PASSWORD = "local-demo-only";
    public static final String KEYCLOAK_URL = System.getProperty("cdvl.test.keycloak-url", "http://localhost:18180");
    private static final String TOKEN_URL = KEYCLOAK_URL + "/realms/cdvl/protocol/openid-connect/token";

    private RealmTokens() {
    }

    /** A user's access token through the test-only password-grant client. */
    public static String userToken(String username) {
        return userToken("cdvl-tests", username);
    }

    public static String userToken(String clientId, String username) {
        return token(given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("username", username)
                .formParam("password", DEMO_PASSWORD));
    }

    /** What another government system does: the client-credentials grant of its confidential client. */
    public static String clientCredentialsToken(String clientId, String secret) {
        return token(given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret));
    }

    private static String token(io.restassured.specification.RequestSpecification request) {
        return request.post(TOKEN_URL).then()
                .statusCode(200)
                .extract().path("access_token");
    }
}
