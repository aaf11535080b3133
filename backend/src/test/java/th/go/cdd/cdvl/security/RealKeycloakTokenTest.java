package th.go.cdd.cdvl.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static th.go.cdd.cdvl.testsupport.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.testsupport.RealmTokens;

/** Authentication end to end: tokens issued by the real Keycloak with the project's realm file. */
@QuarkusTest
class RealKeycloakTokenTest {

    @Test
    void aDistrictOfficersTokenCarriesRolesAndAreaIntoMe() {
        given().auth().oauth2(RealmTokens.userToken("demo.district5201"))
                .get("/api/v1/me").then()
                .statusCode(200)
                .body("username", equalTo("demo.district5201"))
                .body("displayName", equalTo("สมชาย ใจดี"))
                .body("roles", contains("DISTRICT_OFFICER"))
                .body("area.code", equalTo("5201"))
                .body("area.nameTh", equalTo("เมืองลำปาง"));
    }

    @Test
    void eachDemoOfficerSeesTheirOwnArea() {
        given().auth().oauth2(RealmTokens.userToken("demo.district5001"))
                .get("/api/v1/me").then()
                .statusCode(200)
                .body("area.code", equalTo("5001"))
                .body("area.province.nameEn", equalTo("Chiang Mai"));
        given().auth().oauth2(RealmTokens.userToken("demo.province52"))
                .get("/api/v1/me").then()
                .body("roles", contains("PROVINCE_OFFICER"))
                .body("area.level", equalTo("PROVINCE"))
                .body("area.code", equalTo("52"));
    }

    @Test
    void anotherGovernmentSystemCallsWithClientCredentials() {
        String token = RealmTokens.clientCredentialsToken("demo-gov-system", "demo-gov-system-secret-local-only");
        given().auth().oauth2(token).get("/api/v1/provinces/52/districts").then()
                .statusCode(200)
                .body("totalItems", equalTo(13));
        given().auth().oauth2(token).get("/api/v1/me").then()
                .statusCode(200)
                .body("roles", contains("API_CLIENT"))
                .body("area.level", equalTo("NATIONAL"));
    }

    @Test
    void refusesRequestsWithoutAToken() {
        assertProblem(given().get("/api/v1/me").then(), 401, "auth.unauthenticated");
    }

    @Test
    void refusesAnExpiredToken() throws InterruptedException {
        // cdvl-tests-short-lived issues tokens that live 1 s.
        String token = RealmTokens.userToken("cdvl-tests-short-lived", "demo.district5201");
        Thread.sleep(2_500);
        assertProblem(given().auth().oauth2(token).get("/api/v1/me").then(), 401, "auth.unauthenticated");
    }

    @Test
    void refusesATokenSignedByAnyoneButTheRealm() throws Exception {
        assertProblem(given().auth().oauth2(forgedToken()).get("/api/v1/me").then(), 401, "auth.unauthenticated");
    }

    @Test
    void refusesGarbageInsteadOfAToken() {
        assertProblem(given().auth().oauth2("not-a-jwt").get("/api/v1/provinces").then(), 401, "auth.unauthenticated");
    }

    /** Everything a real token has (issuer, audience, roles, area) but signed with our own key. */
    private static String forgedToken() throws NoSuchAlgorithmException, JoseException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(RealmTokens.KEYCLOAK_URL + "/realms/cdvl");
        claims.setAudience("cdvl-api");
        claims.setSubject("forged");
        claims.setClaim("preferred_username", "forged");
        claims.setClaim("area_code", "5201");
        claims.setClaim("realm_access", java.util.Map.of("roles", java.util.List.of("national")));
        claims.setIssuedAt(org.jose4j.jwt.NumericDate.fromSeconds(Instant.now().getEpochSecond()));
        claims.setExpirationTimeMinutesInTheFuture(5);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(keys.getPrivate());
        jws.setKeyIdHeaderValue("forged-key");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }
}
