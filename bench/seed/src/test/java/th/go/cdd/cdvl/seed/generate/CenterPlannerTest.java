package th.go.cdd.cdvl.seed.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.seed.reference.District;
import th.go.cdd.cdvl.seed.reference.Province;
import th.go.cdd.cdvl.seed.reference.Subdistrict;

class CenterPlannerTest {

    /** 7,256 sub-districts in 878 districts, like the country outside Bangkok. */
    private static List<Subdistrict> country() {
        List<Subdistrict> all = new ArrayList<>();
        Province province = new Province("52", "ลำปาง", "Lampang");
        for (int d = 0; d < 878; d++) {
            District district = new District(d, String.format("%04d", 1100 + d), province, "อำเภอ" + d);
            int size = d < 230 ? 9 : 8;
            for (int s = 0; s < size && all.size() < 7256; s++) {
                Subdistrict sub = new Subdistrict(district.code() + String.format("%02d", s + 1), district, "ตำบล" + s,
                        null, new BigDecimal("18.300000"), new BigDecimal("99.500000"));
                district.subdistricts().add(sub);
                all.add(sub);
            }
        }
        return all;
    }

    @Test
    void places7036CentersWithAtMostOneRegularActiveCenterPerSubdistrict() {
        List<SeedCenter> centers = new CenterPlanner(42).plan(country());

        assertEquals(CenterPlanner.CENTERS, centers.size());
        Map<Subdistrict, Long> regularActive = centers.stream()
                .filter(c -> c.status == SeedCenter.Status.ACTIVE && c.exceptionReason == null)
                .collect(Collectors.groupingBy(SeedCenter::subdistrict, Collectors.counting()));
        assertTrue(regularActive.values().stream().allMatch(n -> n == 1));
        assertEquals(CenterPlanner.EXCEPTIONS, centers.stream().filter(c -> c.exceptionReason != null).count());
        Map<SeedCenter.Status, Long> byStatus = centers.stream()
                .collect(Collectors.groupingBy(SeedCenter::status, Collectors.counting()));
        assertEquals(CenterPlanner.SUSPENDED, byStatus.get(SeedCenter.Status.SUSPENDED));
        assertEquals(CenterPlanner.CLOSED + CenterPlanner.CLOSED_AND_REPLACED, byStatus.get(SeedCenter.Status.CLOSED));
    }

    @Test
    void everyDistrictKeepsACenter() {
        List<Subdistrict> country = country();
        Set<District> withCenters = new CenterPlanner(7).plan(country).stream().map(SeedCenter::district)
                .collect(Collectors.toSet());
        assertEquals(country.stream().map(Subdistrict::district).distinct().count(), withCenters.size());
    }

    @Test
    void theSameSeedPlansTheSameCentersAndAnotherSeedOthers() {
        List<Subdistrict> country = country();
        List<String> first = signature(new CenterPlanner(42).plan(country));
        assertEquals(first, signature(new CenterPlanner(42).plan(country)));
        assertNotEquals(first, signature(new CenterPlanner(43).plan(country)));
    }

    private static List<String> signature(List<SeedCenter> centers) {
        Map<String, Integer> seen = new HashMap<>();
        return centers.stream().map(c -> c.id + c.subdistrict.code() + c.status + c.establishedOn + c.latitude
                + seen.merge(c.subdistrict.code(), 1, Integer::sum)).toList();
    }
}
