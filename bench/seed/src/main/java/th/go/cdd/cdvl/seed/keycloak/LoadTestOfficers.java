package th.go.cdd.cdvl.seed.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import th.go.cdd.cdvl.seed.generate.Seed;
import th.go.cdd.cdvl.seed.reference.District;
import th.go.cdd.cdvl.seed.reference.Province;
import th.go.cdd.cdvl.seed.reference.ReferenceData;

/**
 * One officer per district (load.dDDDD, district-officer) and per province (load.pPP,
 * province-officer) of the 76 provinces, in realm cdvl, with the area_code attribute the app scopes
 * by. Created through the Admin API's partial import; existing users are skipped, so the demo users
 * and earlier load users stay as they are.
 */
public final class LoadTestOfficers {

    static final String REALM = "cdvl";
    /** Keycloak spends ~50-100 ms per user created, hash or not; a few imports at once use more of its cores. */
    private static final int PER_REQUEST = 80;
    private static final int AT_ONCE = 3;

    public record Result(int expected, int added, int skipped, double seconds) {
    }

    private final KeycloakAdmin admin;

    public LoadTestOfficers(String keycloakUrl, String adminUser, String adminPassword) {
        this.admin = new KeycloakAdmin(keycloakUrl, adminUser, adminPassword);
    }

    /** Creates the officers that are missing; a quick count first makes a second run cheap. */
    public Result ensure(ReferenceData reference) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        List<Map<String, Object>> users = users(reference);
        JsonNode existing = admin.get("/admin/realms/" + REALM + "/users/count?search=load.");
        if (existing.asInt() >= users.size()) {
            return new Result(users.size(), 0, users.size(), (System.nanoTime() - t0) / 1e9);
        }
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<JsonNode>> imports = new ArrayList<>();
            for (int from = 0; from < users.size(); from += PER_REQUEST) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("ifResourceExists", "SKIP");
                body.put("users", users.subList(from, Math.min(users.size(), from + PER_REQUEST)));
                imports.add(pool.submit(() -> admin.post("/admin/realms/" + REALM + "/partialImport", body)));
            }
            int added = 0;
            int skipped = 0;
            for (Future<JsonNode> f : imports) {
                JsonNode result = f.get();
                added += result.path("added").asInt();
                skipped += result.path("skipped").asInt();
            }
            return new Result(users.size(), added, skipped, (System.nanoTime() - t0) / 1e9);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("Keycloak import failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    static List<Map<String, Object>> users(ReferenceData reference) {
        Map<String, Object> credential = LoadTestPassword.credential();
        List<Map<String, Object>> users = new ArrayList<>();
        for (Province p : reference.provinces()) {
            users.add(user(p.code(), "province-officer", "จังหวัด" + p.nameTh(), credential));
        }
        for (District d : reference.districts()) {
            users.add(user(d.code(), "district-officer", "อำเภอ" + d.nameTh(), credential));
        }
        return users;
    }

    private static Map<String, Object> user(String areaCode, String role, String lastName, Map<String, Object> credential) {
        String username = Seed.officer(areaCode);
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", username);
        user.put("enabled", true);
        user.put("email", username + "@example.com");
        user.put("emailVerified", true);
        user.put("firstName", "ทดสอบโหลด");
        user.put("lastName", lastName);
        user.put("attributes", Map.of("area_code", List.of(areaCode), "locale", List.of("th")));
        user.put("realmRoles", List.of("default-roles-" + REALM, role));
        user.put("requiredActions", List.of());
        user.put("credentials", List.of(credential));
        return user;
    }
}
