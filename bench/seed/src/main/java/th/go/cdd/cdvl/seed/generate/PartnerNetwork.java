package th.go.cdd.cdvl.seed.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The partners and their links, looked up by center and year (activity partners) and by district and year (report figures). */
public final class PartnerNetwork {

    private final List<SeedPartner> partners;
    private final List<SeedLink> links;
    private final Map<Long, List<SeedLink>> byCenterYear = new HashMap<>();
    private final Map<Long, List<SeedLink>> byDistrictYear = new HashMap<>();

    PartnerNetwork(List<SeedPartner> partners, List<SeedLink> links) {
        this.partners = partners;
        this.links = links;
        for (SeedLink link : links) {
            byCenterYear.computeIfAbsent(key(link.center().index, link.fiscalYear()), k -> new ArrayList<>()).add(link);
            byDistrictYear.computeIfAbsent(key(link.center().district().index(), link.fiscalYear()), k -> new ArrayList<>())
                    .add(link);
        }
    }

    List<SeedPartner> partners() {
        return partners;
    }

    List<SeedLink> links() {
        return links;
    }

    List<SeedLink> ofCenter(SeedCenter center, int fiscalYear) {
        return byCenterYear.getOrDefault(key(center.index, fiscalYear), List.of());
    }

    List<SeedLink> inDistrict(int districtIndex, int fiscalYear) {
        return byDistrictYear.getOrDefault(key(districtIndex, fiscalYear), List.of());
    }

    private static long key(int index, int fiscalYear) {
        return (long) index * 10_000 + fiscalYear;
    }
}
