package th.go.cdd.cdvl.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one run folder of run-bench.sh into the summary table (scenario, target, measured,
 * result): {@code measurements.properties} (written by the script), {@code rss.csv} (the app's
 * RSS by phase), {@code gc.log} (the app's GC log) and the Gatling reports
 * ({@code gatling/<key>/index.html}). Prints it and writes it as Markdown.
 * Usage: Summary RUN_DIR OUTPUT.md. Exit status 1 when a target is missed.
 */
public final class Summary {

    /** The province report's prefill for the province with the most districts (issue 14 §6). */
    private static final double PREFILL_LIMIT_S = 0.2;

    /** National .xlsx: the heap after GC may grow at most this much while it streams. */
    static final double FLAT_HEAP_MB = 32;
    static final double RSS_LIMIT_MB = 512;
    static final double READY_LIMIT_MS = 8000;
    static final double SATURATION_RATIO = 0.35;
    static final double XLSX_NATION_LIMIT_S = 3.0;

    record Row(String section, String scenario, String target, String measured, String result) {
    }

    record Stats(String name, long total, long ok, long ko, double perSecond, int min, int p50, int p75, int p95, int p99,
            int max, int mean) {
    }

    record Gc(long epochMs, double afterMb, double beforeMb, double pauseMs) {
    }

    private final Path run;
    private final Map<String, String> m = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, double[]> rssByPhase = new LinkedHashMap<>(); // phase -> [peak kB, last kB, last µs, seconds]
    private final List<Gc> gcs = new ArrayList<>();
    private boolean failed;

    Summary(Path run) throws IOException {
        this.run = run;
        for (String line : Files.readAllLines(run.resolve("measurements.properties"))) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                m.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        Path rss = run.resolve("rss.csv");
        if (Files.exists(rss)) {
            String current = null;
            double segmentStart = 0;
            double previous = 0;
            for (String line : Files.readAllLines(rss)) {
                String[] f = line.split(",");
                if (f.length != 3 || !f[0].matches("[0-9]+")) {
                    continue;
                }
                double kb = Double.parseDouble(f[2]);
                double us = Double.parseDouble(f[0]);
                // [peak kB, last kB, last sample µs, seconds spent in the phase]
                double[] a = rssByPhase.computeIfAbsent(f[1], k -> new double[] {0, 0, us, 0});
                a[0] = Math.max(a[0], kb);
                a[1] = kb;
                a[2] = us;
                if (!f[1].equals(current)) {
                    if (current != null) {
                        rssByPhase.get(current)[3] += (us - segmentStart) / 1e6;
                    }
                    current = f[1];
                    segmentStart = us;
                }
                previous = us;
            }
            if (current != null) {
                rssByPhase.get(current)[3] += (previous - segmentStart) / 1e6;
            }
        }
        Path gc = run.resolve("gc.log");
        if (Files.exists(gc)) {
            // [2026-11-25T22:10:01.123+0000] GC(5) Pause Young (Normal) (G1 Evacuation Pause) 120M->45M(256M) 3.456ms
            Pattern p = Pattern.compile("^\\[([^\\]]+)\\].*Pause.* (\\d+)M->(\\d+)M\\((\\d+)M\\) ([0-9.]+)ms");
            DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
            for (String line : Files.readAllLines(gc)) {
                Matcher mm = p.matcher(line);
                if (mm.find()) {
                    long epochMs = OffsetDateTime.parse(mm.group(1), f).toInstant().toEpochMilli();
                    gcs.add(new Gc(epochMs, Double.parseDouble(mm.group(3)), Double.parseDouble(mm.group(2)),
                            Double.parseDouble(mm.group(5))));
                }
            }
        }
    }

    public static void main(String[] args) throws IOException {
        Summary s = new Summary(Path.of(args[0]));
        String md = s.render();
        System.out.println(md);
        Files.writeString(Path.of(args[1]), md);
        System.exit(s.failed ? 1 : 0);
    }

    String render() {
        start();
        saturation();
        listDetail();
        dashboards();
        xlsx();
        deadlineDay();
        memory();
        robustness();

        StringBuilder b = new StringBuilder();
        b.append("# Benchmark run ").append(get("run.timestamp", "?")).append("\n\n");
        if ("demo".equals(get("data.set", "")) || "demo".equals(get("data.mode", ""))) {
            b.append("> **DEV RUN ON DEMO DATA** (Lampang, no load users): the national data set was not available, so these figures ")
                    .append("are not the ones issue 7 asks for.\n\n");
        }
        List<String> changed = new ArrayList<>();
        for (String setting : get("run.settings", "").trim().split("\\s+")) {
            if (setting.startsWith("BENCH_") && !setting.matches("BENCH_(SKIP_BUILD|SKIP_SEED|ONLY|STARTS|REALM|JAVA_OPTS)=.*")) {
                changed.add(setting);
            }
        }
        if (!changed.isEmpty()) {
            b.append("> **Changed settings** (").append(String.join(", ", changed))
                    .append("): rates, durations or targets differ from issue 7, so these are not its figures.\n\n");
        }
        b.append("- machine: ").append(get("machine.cpu", "?")).append(", ").append(get("machine.cores", "?")).append(" cores, ")
                .append(get("machine.memory", "?")).append(", ").append(get("machine.os", "?")).append("; ")
                .append(get("machine.java", "?")).append("; load average at start ").append(get("machine.load", "?")).append('\n');
        b.append("- command: `").append(get("run.settings", "").trim().isEmpty() ? "" : get("run.settings", "").trim() + " ")
                .append(get("run.command", "make bench")).append("` at commit ").append(get("git.commit", "?"))
                .append(" (").append(get("git.branch", "?")).append(")\n");
        b.append("- app: `java ").append(get("app.javaOpts", "?")).append(" -jar backend/target/quarkus-app/quarkus-run.jar` ")
                .append("(packaged, production profile; GC log on for the measurement)\n");
        b.append("- data: ").append(get("data.set", "?")).append(" — ").append(get("data.centers", "?")).append(" centers in ")
                .append(get("data.districts", "?")).append(" districts of ").append(get("data.provinces", "?"))
                .append(" provinces; fiscal year ").append(get("data.fiscalYear", "?")).append("; province scenarios: ")
                .append(get("data.province", "?")).append(" (").append(get("data.provinceCenters", "?")).append(" centers); deadline day: ")
                .append(get("data.deadlineTitle", "?")).append("; users: ").append(get("data.mode", "?")).append(" mode\n\n");
        b.append("| scenario | target | measured | result |\n|---|---|---|---|\n");
        String section = null;
        for (Row r : rows) {
            if (!r.section().equals(section)) {
                section = r.section();
                b.append("| **").append(section).append("** | | | |\n");
            }
            b.append("| ").append(r.scenario()).append(" | ").append(r.target()).append(" | ").append(r.measured()).append(" | ")
                    .append(r.result()).append(" |\n");
        }
        b.append('\n').append(failed ? "**Some targets are missed.**" : "**All measured targets are met.**").append('\n');
        b.append(rssTable());
        b.append(gatlingTables());
        b.append("\nRaw output: `bench/results/").append(run.getFileName()).append("/` (Gatling reports in `gatling/*/index.html`, ")
                .append("wrk output `wrk-*.txt`, RSS samples `rss.csv`, GC log `gc.log`, naive SQL plan `naive-explain.txt`).\n");
        return b.toString();
    }

    // ---------------------------------------------------------------------------------------------

    private void start() {
        List<String> parts = new ArrayList<>();
        double worst = -1;
        for (int i = 1; m.containsKey("ready." + i + ".ms"); i++) {
            double ms = num("ready." + i + ".ms");
            boolean migrated = num("ready." + i + ".migrations") > 0;
            parts.add(String.format(Locale.ROOT, "%.1f s%s", ms / 1000, migrated ? " (with migrations, not counted)" : ""));
            if (!migrated) {
                worst = Math.max(worst, ms);
            }
        }
        if (parts.isEmpty()) {
            return;
        }
        add("Start", "ready after start (`/q/health/ready`, " + parts.size() + (parts.size() == 1 ? " start)" : " starts)"), "≤ 8 s",
                String.join(", ", parts) + String.format(Locale.ROOT, "; worst %.1f s", worst / 1000), worst >= 0 ? worst <= READY_LIMIT_MS : null);
    }

    private void saturation() {
        if (!m.containsKey("wrk.trivial.rps")) {
            return;
        }
        double trivial = num("wrk.trivial.rps");
        String how = "wrk " + get("wrk.settings", "");
        add("Saturation (wrk, closed loop)", "trivial authenticated `GET /me` — the ceiling", "reference",
                String.format(Locale.ROOT, "%,.0f req/s (p99 %s, %s errors; %s)", trivial, get("wrk.trivial.p99", "?"),
                        get("wrk.trivial.errors", "?"), how), null);
        for (String[] w : new String[][] {{"list", "center list: district, page of 50"}, {"detail", "center detail"},
                {"activities", "activity list: district, year, quarter"}}) {
            if (!m.containsKey("wrk." + w[0] + ".rps")) {
                continue;
            }
            double rps = num("wrk." + w[0] + ".rps");
            double ratio = trivial > 0 ? rps / trivial : 0;
            long errors = (long) num("wrk." + w[0] + ".errors");
            add("Saturation (wrk, closed loop)", w[1], "≥ 35 % of trivial, 0 errors",
                    String.format(Locale.ROOT, "%,.0f req/s = **%.0f %%** (p99 %s, %d errors)", rps, ratio * 100,
                            get("wrk." + w[0] + ".p99", "?"), errors), ratio >= SATURATION_RATIO && errors == 0);
        }
    }

    private void listDetail() {
        Map<String, Stats> s = gatling("listdetail");
        if (s == null) {
            return;
        }
        String sec = "Open model, " + env("BENCH_RATE", "1000") + " req/s arriving (Gatling)";
        Stats trivial = s.get(Requests.TRIVIAL);
        if (trivial != null) {
            add(sec, "trivial `GET /me` alone at the same rate", "reference", latency(trivial), null);
        }
        for (String name : List.of(Requests.CENTER_LIST, Requests.CENTER_DETAIL, Requests.ACTIVITY_LIST)) {
            Stats st = s.get(name);
            if (st != null) {
                add(sec, name + " (⅓ of the rate)", "p99 ≤ 30 ms, 0 errors", latency(st), st.p99() <= 30 && st.ko() == 0);
            }
        }
        rcNote("listdetail", sec);
    }

    private void dashboards() {
        Map<String, Stats> s = gatling("dashboard");
        String naive = naive();
        if (s == null) {
            if (naive != null) {
                add("Dashboards", "naive national compliance SQL (psql)", "reference", naive, null);
            }
            return;
        }
        String rate = env("BENCH_DASHBOARD_RATE", "50");
        String sec = "Dashboards, each alone at " + rate + " req/s (Gatling)";
        for (String name : List.of(Requests.COMPLIANCE_NATION, Requests.COMPLIANCE_PROVINCE, Requests.COVERAGE_NATION,
                Requests.COVERAGE_PROVINCE, Requests.COMPLETENESS_NATION, Requests.COMPLETENESS_PROVINCE, Requests.PLANS_NATION,
                Requests.PLANS_PROVINCE)) {
            Stats st = s.get(name);
            if (st == null) {
                continue;
            }
            String measured = latency(st);
            if (name.equals(Requests.COMPLIANCE_NATION) && naive != null) {
                measured += "; naive SQL alone: " + naive;
            }
            add(sec, name, "p99 ≤ 50 ms, 0 errors", measured, st.p99() <= 50 && st.ko() == 0);
        }
        rcNote("dashboard", sec);
    }

    private String naive() {
        String times = m.get("naive.ms");
        if (times == null || times.isBlank()) {
            return null;
        }
        double[] t = Arrays.stream(times.trim().split("\\s+")).mapToDouble(Double::parseDouble).sorted().toArray();
        if (t.length == 0) {
            return null;
        }
        return String.format(Locale.ROOT, "median %.0f ms, max %.0f ms (%d runs, one at a time)", t[t.length / 2], t[t.length - 1], t.length);
    }

    private void xlsx() {
        for (String area : List.of("province", "nation", "prefill", "rollup")) {
            List<Double> secs = new ArrayList<>();
            List<String> times = new ArrayList<>();
            double heapGrowth = Double.NaN;
            double rssPeak = 0;
            double rssGrowth = 0;
            long bytes = 0;
            boolean ok = true;
            for (int i = 1; m.containsKey("xlsx." + area + "." + i + ".seconds"); i++) {
                double s = num("xlsx." + area + "." + i + ".seconds");
                secs.add(s);
                times.add(String.format(Locale.ROOT, "%.2f", s));
                ok &= "200".equals(m.get("xlsx." + area + "." + i + ".status"));
                bytes = (long) num("xlsx." + area + "." + i + ".bytes");
                String p = "xlsx-" + area + "-" + i;
                double[] before = rssByPhase.get(p + "-before");
                double peak = Math.max(max(p), max(p + "-after"));
                if (before != null) {
                    rssGrowth = Math.max(rssGrowth, peak - before[1]);
                }
                rssPeak = Math.max(rssPeak, peak);
                double hg = heapGrowth(p + "-before", p, p + "-after");
                if (!Double.isNaN(hg)) {
                    heapGrowth = Double.isNaN(heapGrowth) ? hg : Math.max(heapGrowth, hg);
                }
            }
            if (secs.isEmpty()) {
                continue;
            }
            double slowest = secs.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            String text = String.format(Locale.ROOT, "%s s (slowest %.2f s), %,d kB, HTTP %s; RSS peak %.0f MB (+%.0f MB); heap after GC %s",
                    String.join(" / ", times), slowest, bytes / 1024, ok ? "200" : "**not 200**", rssPeak / 1024, rssGrowth / 1024,
                    Double.isNaN(heapGrowth) ? "n/a (no GC during the download)" : String.format(Locale.ROOT, "+%.0f MB", heapGrowth));
            if (area.equals("prefill")) {
                add("Province report (issue 14)", "prefill of province " + get("data.reportProvince", "?") + ", " + get("data.reportQuarter", "?"),
                        "≤ 200 ms", text, ok && slowest <= PREFILL_LIMIT_S);
            } else if (area.equals("rollup")) {
                boolean flat = Double.isNaN(heapGrowth) || heapGrowth <= FLAT_HEAP_MB;
                add("National roll-up .xlsx (issue 14)", "76 provinces, " + get("data.reportQuarter", "?"),
                        "≤ 3 s, flat memory (heap after GC +≤ 32 MB)", text, ok && slowest <= XLSX_NATION_LIMIT_S && flat);
            } else if (area.equals("province")) {
                add("Center location report .xlsx", "province " + get("data.province", "?") + " (" + get("data.provinceCenters", "?")
                        + " centers)", "time and peak memory (reference)", text, ok ? null : false);
            } else {
                boolean flat = Double.isNaN(heapGrowth) || heapGrowth <= FLAT_HEAP_MB;
                add("Center location report .xlsx", "nation (" + get("data.centers", "?") + " centers)",
                        "≤ 3 s, flat memory (heap after GC +≤ 32 MB)", text, ok && slowest <= XLSX_NATION_LIMIT_S && flat);
            }
        }
    }

    /** Growth of the heap after GC during the phases, against the last GC before them (MB); NaN without a GC. */
    private double heapGrowth(String beforePhase, String... during) {
        double[] b = rssByPhase.get(beforePhase);
        if (b == null || gcs.isEmpty()) {
            return Double.NaN;
        }
        long startMs = (long) (b[2] / 1000);
        long endMs = startMs;
        for (String d : during) {
            double[] a = rssByPhase.get(d);
            if (a != null) {
                endMs = Math.max(endMs, (long) (a[2] / 1000));
            }
        }
        double baseline = Double.NaN;
        double peak = Double.NaN;
        for (Gc g : gcs) {
            if (g.epochMs() <= startMs) {
                baseline = g.afterMb();
            } else if (g.epochMs() <= endMs + 200) {
                peak = Double.isNaN(peak) ? g.afterMb() : Math.max(peak, g.afterMb());
            }
        }
        if (Double.isNaN(peak)) {
            return Double.NaN;
        }
        return Double.isNaN(baseline) ? peak : peak - baseline;
    }

    private void deadlineDay() {
        Map<String, Stats> s = gatling("deadline");
        if (s == null) {
            return;
        }
        String sec = "Deadline day (Gatling)";
        Stats all = s.get("All Requests");
        Stats submit = s.get(Requests.REPORT_SUBMIT);
        long districts = (long) num("data.districts");
        if (all != null) {
            add(sec, districts + " districts submit within " + env("BENCH_SUBMIT_SECONDS", "60") + " s while "
                    + env("BENCH_BROWSERS", "1000") + " users browse — all requests", "0 errors, p99 ≤ 250 ms",
                    latency(all), all.ko() == 0 && all.p99() <= 250);
        }
        if (submit != null) {
            add(sec, "reports submitted", "every district", submit.ok() + " of " + districts, submit.ok() == districts);
        }
        for (String name : List.of(Requests.REPORT_GET, Requests.REPORT_PUT, Requests.REPORT_SUBMIT, Requests.CENTER_LIST,
                Requests.CENTER_DETAIL, Requests.ACTIVITY_LIST, Requests.MY_DEADLINES, Requests.COMPLIANCE_PROVINCE,
                Requests.COMPLIANCE_NATION, Requests.COMPLETENESS_NATION, Requests.COVERAGE_NATION)) {
            Stats st = s.get(name);
            if (st != null) {
                add(sec, "· " + name, "(part of the above)", latency(st), null);
            }
        }
        rcNote("deadline", sec);
    }

    private void memory() {
        if (rssByPhase.isEmpty()) {
            return;
        }
        double peak = 0;
        String where = "";
        for (Map.Entry<String, double[]> e : rssByPhase.entrySet()) {
            if (e.getValue()[0] > peak) {
                peak = e.getValue()[0];
                where = e.getKey();
            }
        }
        add("Memory", "app process RSS, whole run (sampled every " + env("BENCH_RSS_INTERVAL", "0.1") + " s)", "≤ 512 MB with "
                + get("app.javaOpts", "?"), String.format(Locale.ROOT, "peak %.0f MB (during %s)", peak / 1024, where),
                peak / 1024 <= RSS_LIMIT_MB);
        if (!gcs.isEmpty()) {
            double maxPause = gcs.stream().mapToDouble(Gc::pauseMs).max().orElse(0);
            add("Memory", "GC pauses (whole run)", "reference", String.format(Locale.ROOT, "%d pauses, longest %.1f ms", gcs.size(), maxPause), null);
        }
    }

    /** Restarts forced by a dead app, OutOfMemoryErrors and unexpected failures (500) the app logged, by part. */
    private void robustness() {
        List<String> restarts = new ArrayList<>();
        for (int i = 1; m.containsKey("app.restart." + i); i++) {
            restarts.add("before " + m.get("app.restart." + i));
        }
        List<String> oom = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        m.forEach((k, v) -> {
            if (k.startsWith("app.errors.") && !v.equals("0")) {
                String part = k.substring("app.errors.".length(), k.lastIndexOf('.'));
                (k.endsWith(".oom") ? oom : errors).add(part + " " + v);
            }
        });
        if (!m.containsKey("app.errors.prepare.oom")) {
            return;
        }
        add("Robustness", "the app keeps answering: no OutOfMemoryError, no restart", "none",
                (oom.isEmpty() ? "no OutOfMemoryError" : "OutOfMemoryError log lines: " + String.join(", ", oom))
                        + (restarts.isEmpty() ? "; no restart" : "; **restarted** " + String.join(", ", restarts)),
                oom.isEmpty() && restarts.isEmpty());
        add("Robustness", "unexpected failures (HTTP 500) logged by the app", "reference (each is also a KO above)",
                errors.isEmpty() ? "none" : String.join(", ", errors), null);
    }

    private String rssTable() {
        if (rssByPhase.isEmpty()) {
            return "";
        }
        Map<String, double[]> groups = new LinkedHashMap<>();
        rssByPhase.forEach((phase, a) -> {
            String g = phase.replaceAll("-\\d+(-before|-after)?$", "");
            double[] x = groups.computeIfAbsent(g, k -> new double[] {0, Double.MAX_VALUE, 0});
            x[0] = Math.max(x[0], a[0]);
            x[2] += a[3];
        });
        StringBuilder b = new StringBuilder("\n### App RSS by phase\n\n| phase | peak RSS | duration |\n|---|---|---|\n");
        groups.forEach((g, x) -> b.append(String.format(Locale.ROOT, "| %s | %.0f MB | %.0f s |%n", g, x[0] / 1024, x[2])));
        return b.toString();
    }

    private String gatlingTables() {
        StringBuilder b = new StringBuilder();
        for (String key : List.of("listdetail", "dashboard", "deadline")) {
            Map<String, Stats> s = gatling(key);
            if (s == null) {
                continue;
            }
            b.append("\n### Gatling ").append(key).append(" (ms)\n\n| request | count | KO | p50 | p75 | p95 | p99 | max | mean |\n|---|---|---|---|---|---|---|---|---|\n");
            s.values().forEach(st -> b.append(String.format(Locale.ROOT, "| %s | %,d | %d | %d | %d | %d | %d | %d | %d |%n",
                    st.name(), st.total(), st.ko(), st.p50(), st.p75(), st.p95(), st.p99(), st.max(), st.mean())));
        }
        return b.toString();
    }

    // ---------------------------------------------------------------------------------------------

    private final Map<String, Map<String, Stats>> gatlingCache = new LinkedHashMap<>();

    /** The statistics table of a Gatling report (index.html of Gatling 3.15), by request name; null if the run has none. */
    Map<String, Stats> gatling(String key) {
        if (gatlingCache.containsKey(key)) {
            return gatlingCache.get(key);
        }
        Path index = run.resolve("gatling").resolve(key).resolve("index.html");
        Map<String, Stats> result = null;
        if (Files.exists(index)) {
            try {
                result = parseStats(Files.readString(index));
            } catch (IOException e) {
                result = null;
            }
        } else if (m.containsKey("gatling." + key + ".rc")) {
            add("Gatling " + key, "simulation", "runs", "**no report** (see gatling-" + key + ".log)", false);
        }
        gatlingCache.put(key, result);
        return result;
    }

    static Map<String, Stats> parseStats(String html) {
        Map<String, Stats> out = new LinkedHashMap<>();
        int from = html.indexOf("container_statistics_head");
        if (from < 0) {
            return out;
        }
        Pattern name = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");
        Pattern cell = Pattern.compile("<td class=\"value [a-z ]*col-(\\d+)\">([^<]*)</td>");
        for (String block : html.substring(from).split("<tr id=\"")) {
            Matcher n = name.matcher(block);
            if (!n.find()) {
                continue;
            }
            Map<Integer, String> c = new LinkedHashMap<>();
            Matcher v = cell.matcher(block);
            while (v.find()) {
                c.put(Integer.parseInt(v.group(1)), v.group(2).trim());
            }
            if (c.size() < 13) {
                continue;
            }
            String label = unescape(n.group(1).trim());
            out.put(label, new Stats(label, lng(c.get(2)), lng(c.get(3)), lng(c.get(4)), dbl(c.get(6)), (int) lng(c.get(7)),
                    (int) lng(c.get(8)), (int) lng(c.get(9)), (int) lng(c.get(10)), (int) lng(c.get(11)), (int) lng(c.get(12)),
                    (int) lng(c.get(13))));
        }
        return out;
    }

    private static String unescape(String s) {
        return s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
                .replace("&#39;", "'");
    }

    private static long lng(String s) {
        try {
            return Long.parseLong(s.replace(",", ""));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static double dbl(String s) {
        try {
            return Double.parseDouble(s.replace(",", ""));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static String latency(Stats s) {
        return String.format(Locale.ROOT, "p99 **%d ms** (p50 %d, p95 %d, max %d); %,d requests, %d KO", s.p99(), s.p50(), s.p95(),
                s.max(), s.total(), s.ko());
    }

    private void rcNote(String key, String section) {
        String rc = m.get("gatling." + key + ".rc");
        if (rc != null && !rc.equals("0")) {
            add(section, "Gatling assertions", "all pass", "Gatling exit status " + rc + " (see gatling-" + key + ".log)", false);
        }
    }

    private double max(String phase) {
        double[] a = rssByPhase.get(phase);
        return a == null ? 0 : a[0];
    }

    private void add(String section, String scenario, String target, String measured, Boolean pass) {
        if (Boolean.FALSE.equals(pass)) {
            failed = true;
        }
        rows.add(new Row(section, scenario, target, measured, pass == null ? "—" : pass ? "PASS" : "**FAIL**"));
    }

    private String get(String key, String fallback) {
        String v = m.get(key);
        return v == null || v.isBlank() ? fallback : v;
    }

    private double num(String key) {
        try {
            return Double.parseDouble(get(key, "0").trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A BENCH_* setting of the run (recorded in run.settings by run-bench.sh), else the default. */
    private String env(String name, String fallback) {
        for (String setting : get("run.settings", "").trim().split("\\s+")) {
            if (setting.startsWith(name + "=")) {
                return setting.substring(name.length() + 1);
            }
        }
        return fallback;
    }
}
