package th.go.cdd.cdvl.seed.generate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import th.go.cdd.cdvl.seed.load.CopyTable;
import th.go.cdd.cdvl.seed.text.ThaiNames;
import th.go.cdd.cdvl.seed.text.ThaiPhones;

/** The partner and partner_link rows of the network, with contacts and MOU dates filled in. */
public final class PartnerRows {

    public static final String[] PARTNER_COLUMNS = {"id", "name", "name_key", "sector", "kind", "contact_person",
        "contact_phone", "area_code", "province_code", "mou_on", "active", "version", "created_at", "created_by",
        "updated_at", "updated_by"};

    public static final String[] LINK_COLUMNS = {"id", "partner_id", "center_id", "subdistrict_code", "fiscal_year",
        "supports_knowledge", "supports_resources", "supports_scaling", "supports_budget", "budget_baht", "starts_on",
        "ends_on", "version", "created_at", "created_by", "updated_at", "updated_by"};

    private final Dice dice;

    public PartnerRows(long seed) {
        this.dice = Dice.stream(seed, "partner-rows");
    }

    public void writePartners(PartnerNetwork network, CopyTable table) {
        LocalDate horizon = Timeline.fixedPartEnds();
        for (SeedPartner p : network.partners()) {
            String contact = dice.chance(0.85) ? ThaiNames.fullName(dice) : null;
            String phone = dice.chance(0.8)
                    ? dice.chance(0.6) ? ThaiPhones.mobile(dice) : ThaiPhones.landline(dice, p.provinceCode())
                    : null;
            LocalDate mou = dice.chance(0.3) ? dice.day(p.createdOn(), horizon) : null;
            OffsetDateTime created = SeedClock.officeHours(dice, p.createdOn());
            OffsetDateTime updated = p.active() ? created : SeedClock.officeHours(dice, dice.day(p.createdOn(), horizon));
            table.row(p.id(), p.name(), PartnerNames.key(p.name()), p.sector().name(), p.kind(), contact, phone,
                    p.areaCode(), p.provinceCode(), mou, p.active(), p.active() ? 0 : 1, created, Seed.ACTOR, updated,
                    Seed.ACTOR);
        }
    }

    public static void writeLinks(PartnerNetwork network, CopyTable table) {
        for (SeedLink l : network.links()) {
            OffsetDateTime created = SeedClock.of(l.createdAt());
            table.row(l.id(), l.partner().id(), l.center().id, l.center().subdistrict().code(), l.fiscalYear(),
                    l.knowledge(), l.resources(), l.scaling(), l.budget(), l.budgetBaht(), l.startsOn(), l.endsOn(), 0,
                    created, Seed.ACTOR, created, Seed.ACTOR);
        }
    }
}
