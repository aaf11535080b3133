package th.go.cdd.cdvl.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Discovers the data set through the API (as the national user) and fetches the users' tokens, so
 * the benchmarks work on the national data set and on the Lampang demo data alike. Writes to
 * {@link Bench#dataDir()}:
 * <ul>
 *   <li>{@code meta.properties} — mode, fiscal year, the deadline of deadline day, the province of the province scenarios;</li>
 *   <li>{@code districts.csv} — every district with centers: code, user who browses, user who submits, center count;</li>
 *   <li>{@code centers.csv} — center id, district;</li>
 *   <li>{@code provinces.csv} — province code, its officer (or the fallback user);</li>
 *   <li>{@code wrk-*.paths} — request paths for wrk (trivial, list, detail, activities); {@code tokens.tsv} — the tokens.</li>
 * </ul>
 * Mode {@code national}: the seeded load users ({@code load.d<district>}, {@code load.p<province>})
 * exist. Mode {@code demo}: they do not, so district pages are read by the province or national
 * demo user and reports are submitted by {@code demo.admin}.
 */
public final class Prepare {

    private final Tokens tokens = Tokens.load();
    private final String nationalUser = Bench.text("bench.nationalUser", "demo.national");
    private final String adminUser = Bench.text("bench.adminUser", "demo.admin");
    private final Map<String, Boolean> exists = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        new Prepare().run();
        System.out.printf("Prepare: done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private void run() throws IOException {
        Path dir = Bench.dataDir();
        Files.createDirectories(dir);
        System.out.println("Prepare: app " + Bench.baseUrl() + ", realm " + Bench.realmUrl() + ", output " + dir);
        tokens.ensure(List.of(nationalUser), 30_000, 1);
        String national = tokens.access(nationalUser);
        Api.get("/api/v1/me", national).require(200, "GET /me as " + nationalUser);

        // every center, nationally, 200 a page
        Map<String, List<String>> centersByDistrict = new TreeMap<>();
        int page = 0;
        int pages;
        int totalCenters = 0;
        do {
            JsonNode p = Api.get("/api/v1/centers?size=200&sort=subdistrictCode&page=" + page, national).require(200, "center page").json();
            pages = p.path("totalPages").asInt();
            for (JsonNode c : p.path("items")) {
                centersByDistrict.computeIfAbsent(c.path("subdistrictCode").asText().substring(0, 4), k -> new ArrayList<>())
                        .add(c.path("id").asText());
                totalCenters++;
            }
            page++;
        } while (page < pages);
        if (centersByDistrict.isEmpty()) {
            throw new IllegalStateException("No centers in the data set: seed it first (bench/seed-national.sh or the demo data)");
        }
        Map<String, Integer> centersByProvince = new TreeMap<>();
        centersByDistrict.forEach((d, list) -> centersByProvince.merge(d.substring(0, 2), list.size(), Integer::sum));
        String province = Bench.text("bench.province", centersByProvince.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey());

        int fiscalYear = fiscalYear(national);
        JsonNode deadline = deadline(national, fiscalYear);

        String firstDistrict = centersByDistrict.keySet().iterator().next();
        boolean nationalMode = exists("load.d" + firstDistrict);
        String mode = nationalMode ? "national" : "demo";
        System.out.printf("Prepare: %d centers in %d districts of %d provinces; fiscal year %d; deadline %s; province %s; mode %s%n",
                totalCenters, centersByDistrict.size(), centersByProvince.size(), fiscalYear,
                deadline.path("titleEn").asText(), province, mode);
        if (!nationalMode) {
            System.out.println("Prepare: WARNING no load users (load.d" + firstDistrict + " cannot log in): demo mode —"
                    + " district pages are read by province/national demo users and reports submitted by " + adminUser);
        }

        // who does what
        Map<String, String> provinceUser = new TreeMap<>();
        for (String p : centersByProvince.keySet()) {
            provinceUser.put(p, nationalMode ? "load.p" + p : firstExisting("demo.province" + p, nationalUser));
        }
        StringBuilder districts = new StringBuilder("district,browseUser,submitUser,centers\n");
        StringBuilder centers = new StringBuilder("center,district\n");
        StringBuilder wrkList = new StringBuilder();
        StringBuilder wrkDetail = new StringBuilder();
        StringBuilder wrkActivities = new StringBuilder();
        Set<String> users = new LinkedHashSet<>(List.of(nationalUser));
        users.addAll(provinceUser.values());
        for (Map.Entry<String, List<String>> e : centersByDistrict.entrySet()) {
            String d = e.getKey();
            String browse = nationalMode ? "load.d" + d : firstExisting("demo.district" + d, provinceUser.get(d.substring(0, 2)));
            String submit = nationalMode ? "load.d" + d : (exists("demo.district" + d) ? "demo.district" + d : adminUser);
            users.add(browse);
            users.add(submit);
            districts.append(d).append(',').append(browse).append(',').append(submit).append(',').append(e.getValue().size()).append('\n');
            wrkList.append("/api/v1/centers?districtCode=").append(d).append("&size=50\n");
            for (int q = 1; q <= 4; q++) {
                wrkActivities.append("/api/v1/activities?districtCode=").append(d).append("&fiscalYear=").append(fiscalYear)
                        .append("&quarter=").append(q).append("&size=50\n");
            }
            for (String id : e.getValue()) {
                centers.append(id).append(',').append(d).append('\n');
                wrkDetail.append("/api/v1/centers/").append(id).append('\n');
            }
        }
        StringBuilder provinces = new StringBuilder("province,user,centers\n");
        provinceUser.forEach((p, u) -> provinces.append(p).append(',').append(u).append(',').append(centersByProvince.get(p)).append('\n'));

        System.out.println("Prepare: tokens for " + users.size() + " users ...");
        tokens.ensure(users, 120_000, Bench.integer("bench.tokenThreads", 4));
        tokens.save();

        Files.writeString(dir.resolve("districts.csv"), districts);
        Files.writeString(dir.resolve("centers.csv"), centers);
        Files.writeString(dir.resolve("provinces.csv"), provinces);
        Files.writeString(dir.resolve("wrk-list.paths"), wrkList);
        Files.writeString(dir.resolve("wrk-detail.paths"), wrkDetail);
        Files.writeString(dir.resolve("wrk-activities.paths"), wrkActivities);
        Files.writeString(dir.resolve("wrk-trivial.paths"), "/api/v1/me\n");
        Properties meta = new Properties();
        meta.setProperty("mode", mode);
        meta.setProperty("fiscalYear", Integer.toString(fiscalYear));
        meta.setProperty("deadlineId", deadline.path("id").asText());
        meta.setProperty("deadlineTitle", deadline.path("titleEn").asText());
        meta.setProperty("province", province);
        meta.setProperty("provinceUser", provinceUser.get(province));
        meta.setProperty("provinceCenters", Integer.toString(centersByProvince.get(province)));
        meta.setProperty("nationalUser", nationalUser);
        meta.setProperty("centers", Integer.toString(totalCenters));
        meta.setProperty("districts", Integer.toString(centersByDistrict.size()));
        meta.setProperty("provinces", Integer.toString(centersByProvince.size()));
        try (var out = Files.newBufferedWriter(dir.resolve("meta.properties"))) {
            meta.store(out, "written by Prepare (bench/gatling)");
        }
    }

    /**
     * The fiscal year of the dashboards: of the newest activity's year and the one before, the one
     * with more activities (a running year has only begun; the full year before is the real load),
     * unless given.
     */
    private int fiscalYear(String token) {
        String given = Bench.text("bench.fiscalYear", "");
        if (!given.isEmpty()) {
            return Integer.parseInt(given);
        }
        JsonNode items = Api.get("/api/v1/activities?size=1&sort=-heldOn", token).require(200, "newest activity").json().path("items");
        if (items.size() == 0) {
            return currentFiscalYear();
        }
        int newest = items.get(0).path("fiscalYear").asInt();
        long inNewest = activitiesIn(token, newest);
        long inPrevious = activitiesIn(token, newest - 1);
        return inPrevious > inNewest ? newest - 1 : newest;
    }

    private static long activitiesIn(String token, int fiscalYear) {
        return Api.get("/api/v1/activities?size=1&fiscalYear=" + fiscalYear, token).require(200, "activities of " + fiscalYear)
                .json().path("totalItems").asLong();
    }

    private static int currentFiscalYear() {
        LocalDate today = LocalDate.now();
        return today.getYear() + 543 + (today.getMonthValue() >= 10 ? 1 : 0);
    }

    /**
     * The deadline of deadline day: the next quarterly deadline due from today (this fiscal year or
     * the next), else the last one of {@code dataYear}; {@code bench.deadlineQuarter} picks a
     * quarter of the current fiscal year instead.
     */
    private JsonNode deadline(String token, int dataYear) {
        String quarter = Bench.text("bench.deadlineQuarter", "");
        String today = LocalDate.now().toString();
        int current = currentFiscalYear();
        for (int year : new int[] {current, current + 1}) {
            Api.Reply r = Api.get("/api/v1/fiscal-years/" + year + "/deadlines", token);
            if (r.status() != 200) {
                continue;
            }
            for (JsonNode d : r.json()) {
                if (!"QUARTERLY_REPORT".equals(d.path("kind").asText())) {
                    continue;
                }
                if (quarter.isEmpty() ? d.path("dueOn").asText().compareTo(today) >= 0
                        : year == current && quarter.equals(d.path("quarter").asText())) {
                    return d;
                }
            }
        }
        JsonNode chosen = null;
        for (JsonNode d : Api.get("/api/v1/fiscal-years/" + dataYear + "/deadlines", token).require(200, "deadlines of " + dataYear).json()) {
            if ("QUARTERLY_REPORT".equals(d.path("kind").asText())) {
                chosen = d;
            }
        }
        if (chosen == null) {
            throw new IllegalStateException("No quarterly deadline to submit (fiscal years " + current + ", " + dataYear + ")");
        }
        return chosen;
    }

    private boolean exists(String user) {
        return exists.computeIfAbsent(user, tokens::tryLogin);
    }

    private String firstExisting(String candidate, String fallback) {
        return exists(candidate) ? candidate : fallback;
    }
}
