package th.go.cdd.cdvl.seed.keycloak;

import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The load-test password as a ready-made Keycloak credential (pbkdf2-sha512, Keycloak's own
 * parameters), so the import stores it instead of hashing it per user: Keycloak's default argon2
 * costs about a third of a second per user here, minutes for ~950 users.
 *
 * LOAD TESTS ONLY: every load user gets the same hash with the same fixed salt, which is exactly
 * what a real credential must never be. Keycloak re-hashes it with the realm's policy (argon2) on
 * each user's first login.
 */
final class LoadTestPassword {

    static final String PASSWORD = "load-test-only";
    private static final String ALGORITHM = "pbkdf2-sha512";
    /** Keycloak 26's default for pbkdf2-sha512 (Pbkdf2Sha512PasswordHashProviderFactory). */
    private static final int ITERATIONS = 210_000;
    private static final int KEY_BITS = 512;
    private static final byte[] SALT = "cdvl-load-tests!".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private LoadTestPassword() {
    }

    /** A CredentialRepresentation with secretData and credentialData, as Keycloak exports hashed passwords. */
    static Map<String, Object> credential() {
        String salt = Base64.getEncoder().encodeToString(SALT);
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("type", "password");
        credential.put("temporary", false);
        credential.put("secretData", "{\"value\":\"" + hash() + "\",\"salt\":\"" + salt + "\",\"additionalParameters\":{}}");
        credential.put("credentialData", "{\"hashIterations\":" + ITERATIONS + ",\"algorithm\":\"" + ALGORITHM
                + "\",\"additionalParameters\":{}}");
        return credential;
    }

    private static String hash() {
        try {
            PBEKeySpec spec = new PBEKeySpec(PASSWORD.toCharArray(), SALT, ITERATIONS, KEY_BITS);
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
            return Base64.getEncoder().encodeToString(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK lacks PBKDF2WithHmacSHA512", e);
        }
    }
}
