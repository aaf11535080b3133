package th.go.cdd.cdvl.seed.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import th.go.cdd.cdvl.seed.reference.District;
import th.go.cdd.cdvl.seed.reference.FiscalCalendar;
import th.go.cdd.cdvl.seed.text.PartnerTexts;
import th.go.cdd.cdvl.seed.text.PartnerTexts.Sector;
import th.go.cdd.cdvl.seed.text.PartnerTexts.Template;

/**
 * The partner network: about three local partners per center, named after the place they work
 * in, plus a few province-wide ones; each supports one or a few centers, year after year until the
 * link lapses. Names are unique within a province, so the app's duplicate check finds no near twins
 * of the same name.
 */
public final class PartnerPlanner {

    /** Share of first years among FY2567, FY2568, FY2569 and the current year. */
    private static final double[] FIRST_YEAR_WEIGHTS = {65, 20, 11, 4};
    private static final double LINK_RENEWED = 0.85;

    private final Dice dice;
    private final Timeline timeline;
    private final List<SeedPartner> partners = new ArrayList<>();
    private final List<SeedLink> links = new ArrayList<>();
    private final Map<String, Set<String>> namesByProvince = new HashMap<>();

    public PartnerPlanner(long seed, Timeline timeline) {
        this.dice = Dice.stream(seed, "partners");
        this.timeline = timeline;
    }

    public PartnerNetwork plan(List<SeedCenter> centers) {
        Map<District, List<SeedCenter>> byDistrict = new LinkedHashMap<>();
        centers.forEach(c -> byDistrict.computeIfAbsent(c.district(), d -> new ArrayList<>()).add(c));
        Map<String, List<SeedCenter>> byProvince = new LinkedHashMap<>();
        centers.forEach(c -> byProvince.computeIfAbsent(c.district().province().code(), p -> new ArrayList<>()).add(c));

        byDistrict.forEach((district, local) -> {
            for (SeedCenter home : local) {
                int count = dice.between(2, 4);
                for (int n = 0; n < count; n++) {
                    localPartner(home, local);
                }
            }
        });
        byProvince.forEach((province, inProvince) -> {
            for (Sector sector : Sector.values()) {
                for (Template t : PartnerTexts.templates(sector)) {
                    if (t.provinceWide() && dice.chance(0.6)) {
                        provincePartner(sector, t, inProvince);
                    }
                }
            }
        });
        return new PartnerNetwork(partners, links);
    }

    private void localPartner(SeedCenter home, List<SeedCenter> district) {
        Sector sector = Sector.values()[dice.weighted(PartnerTexts.SECTOR_WEIGHTS)];
        List<Template> local = PartnerTexts.templates(sector).stream().filter(t -> !t.provinceWide()).toList();
        String province = home.district().province().code();
        Template template = dice.pick(local);
        String plain = template.name(home.subdistrict().nameTh(), home.district().nameTh(),
                home.district().province().nameTh(), PartnerTexts.village(dice));
        // a common name (วัดศรีบุญเรือง) repeats in a province; officers then add the place
        String name = firstUnique(province, plain, plain + " ตำบล" + home.subdistrict().nameTh(),
                plain + " ตำบล" + home.subdistrict().nameTh() + " อำเภอ" + home.district().nameTh());
        if (name == null) {
            return;
        }
        SeedPartner partner = partner(name, sector, template.kind(), home.district().code(), province);
        List<SeedCenter> supported = new ArrayList<>(List.of(home));
        if (district.size() > 1 && dice.chance(0.4)) {
            SeedCenter other = dice.pick(district);
            if (other != home) {
                supported.add(other);
            }
        }
        supported.forEach(c -> linkOverYears(partner, c));
    }

    private void provincePartner(Sector sector, Template template, List<SeedCenter> province) {
        SeedCenter any = province.get(0);
        String code = any.district().province().code();
        String name = firstUnique(code, template.name("", "", any.district().province().nameTh(), ""));
        if (name == null) {
            return;
        }
        SeedPartner partner = partner(name, sector, template.kind(), code, code);
        Set<SeedCenter> supported = new HashSet<>();
        int count = Math.min(province.size(), dice.between(2, 6));
        while (supported.size() < count) {
            supported.add(dice.pick(province));
        }
        province.stream().filter(supported::contains).forEach(c -> linkOverYears(partner, c));
    }

    /** The first of the names no partner of the province has yet (by the app's name key); null if none is free. */
    private String firstUnique(String province, String... names) {
        Set<String> taken = namesByProvince.computeIfAbsent(province, p -> new HashSet<>());
        for (String name : names) {
            if (taken.add(PartnerNames.key(name))) {
                return name;
            }
        }
        return null;
    }

    private SeedPartner partner(String name, Sector sector, String kind, String areaCode, String province) {
        List<Integer> years = timeline.fiscalYears();
        int firstYear = years.get(Math.min(dice.weighted(FIRST_YEAR_WEIGHTS), years.size() - 1));
        LocalDate created = dice.day(FiscalCalendar.quarterStart(firstYear, 1), FiscalCalendar.quarterStart(firstYear, 1).plusDays(75));
        if (created.isAfter(timeline.lastDay())) {
            created = timeline.lastDay();
        }
        SeedPartner partner = new SeedPartner(partners.size(), dice.uuid(), name, sector, kind, areaCode, province, created,
                dice.chance(0.96));
        partners.add(partner);
        return partner;
    }

    /** Links from the partner's first year on, each renewed most years until it lapses once. */
    private void linkOverYears(SeedPartner partner, SeedCenter center) {
        int firstYear = FiscalCalendar.fiscalYearOf(partner.createdOn());
        for (int year : timeline.fiscalYears()) {
            if (year < firstYear) {
                continue;
            }
            if (year > firstYear && (!dice.chance(LINK_RENEWED) || !partner.active() && dice.chance(0.5))) {
                return;
            }
            LocalDate fyStart = FiscalCalendar.quarterStart(year, 1);
            LocalDate fyEnd = FiscalCalendar.quarterEnd(year, 4);
            LocalDate created = year == firstYear ? partner.createdOn() : dice.day(fyStart, fyStart.plusDays(75));
            if (created.isBefore(center.establishedOn)) {
                created = center.establishedOn;
            }
            // drawn even when not kept, so where the data set ends never shifts the draws after it
            SeedLink link = link(partner, center, year, created);
            boolean centerOpen = center.establishedOn.isBefore(fyEnd)
                    && (center.statusChangedOn == null || center.statusChangedOn.isAfter(created));
            if (centerOpen && !created.isAfter(timeline.lastDay()) && !created.isAfter(fyEnd)) {
                links.add(link);
            }
        }
    }

    private SeedLink link(SeedPartner partner, SeedCenter center, int year, LocalDate created) {
        boolean knowledge = dice.chance(0.7);
        boolean resources = dice.chance(0.5);
        boolean scaling = dice.chance(0.2);
        boolean budget = dice.chance(0.25);
        if (!(knowledge || resources || scaling || budget)) {
            knowledge = true;
        }
        BigDecimal amount = budget && dice.chance(0.85) ? baht(dice, 10, 1000) : null;
        LocalDate startsOn = null;
        LocalDate endsOn = null;
        if (dice.chance(0.4)) {
            startsOn = created;
            endsOn = dice.chance(0.7) ? FiscalCalendar.quarterEnd(year, 4) : null;
        }
        return new SeedLink(dice.uuid(), partner, center, year, knowledge, resources, scaling, budget, amount, startsOn,
                endsOn, SeedClock.officeHours(dice, created).toInstant());
    }

    /** The amount of a budget support: whole hundreds of baht. */
    static BigDecimal baht(Dice dice, int minHundreds, int maxHundreds) {
        return BigDecimal.valueOf(dice.between(minHundreds, maxHundreds) * 100L).setScale(2);
    }
}
