package th.go.cdd.cdvl.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** What Prepare discovered, for the simulations: districts, centers, provinces and their users. */
public final class Data {

    public record District(String code, String browseUser, String submitUser, int centers) {

        String province() {
            return code.substring(0, 2);
        }
    }

    public final Properties meta = new Properties();
    public final List<District> districts = new ArrayList<>();
    public final Map<String, List<String>> centersByDistrict = new HashMap<>();
    public final List<String[]> centers = new ArrayList<>();
    public final Map<String, String> provinceUsers = new HashMap<>();

    public static Data load() {
        Data d = new Data();
        Path dir = Bench.dataDir();
        try (Reader r = Files.newBufferedReader(dir.resolve("meta.properties"))) {
            d.meta.load(r);
            for (String[] f : csv(dir.resolve("districts.csv"))) {
                d.districts.add(new District(f[0], f[1], f[2], Integer.parseInt(f[3])));
            }
            for (String[] f : csv(dir.resolve("centers.csv"))) {
                d.centers.add(f);
                d.centersByDistrict.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f[0]);
            }
            for (String[] f : csv(dir.resolve("provinces.csv"))) {
                d.provinceUsers.put(f[0], f[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Run Prepare first (bench/run-bench.sh does): " + e.getMessage(), e);
        }
        return d;
    }

    private static List<String[]> csv(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",")).toList();
        }
    }

    public String meta(String key) {
        String v = meta.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("meta.properties has no " + key);
        }
        return v;
    }

    public int fiscalYear() {
        return Integer.parseInt(meta("fiscalYear"));
    }

    public String province() {
        return meta("province");
    }

    public String provinceUser() {
        return meta("provinceUser");
    }

    public String nationalUser() {
        return meta("nationalUser");
    }

    public String provinceUserOf(String province) {
        return provinceUsers.getOrDefault(province, nationalUser());
    }

    public String randomCenterOf(String district) {
        List<String> list = centersByDistrict.get(district);
        return list.get(ThreadLocalRandom.current().nextInt(list.size()));
    }

    public Set<String> allUsers() {
        Set<String> users = new LinkedHashSet<>();
        users.add(nationalUser());
        users.add(provinceUser());
        users.addAll(provinceUsers.values());
        districts.forEach(d -> {
            users.add(d.browseUser());
            users.add(d.submitUser());
        });
        return users;
    }

    /** An endless feeder: each call picks a random element and maps it to session attributes. */
    public static <T> Supplier<Iterator<Map<String, Object>>> random(List<T> items, java.util.function.Function<T, Map<String, Object>> map) {
        return () -> Stream.generate(() -> map.apply(items.get(ThreadLocalRandom.current().nextInt(items.size())))).iterator();
    }

    /** Each element once, in order; the simulation must not ask for more. */
    public static <T> Iterator<Map<String, Object>> once(Collection<T> items, java.util.function.Function<T, Map<String, Object>> map) {
        return items.stream().map(map).iterator();
    }
}
