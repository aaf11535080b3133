package th.go.cdd.cdvl.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/** Partners and links written straight to the database, for data outside the test identity's area. */
@ApplicationScoped
public class PartnerFixtures {

    private final PartnerRepository partners;
    private final PartnerLinkRepository links;

    public PartnerFixtures(PartnerRepository partners, PartnerLinkRepository links) {
        this.partners = partners;
        this.links = links;
    }

    @Transactional
    public UUID partner(String name, Sector sector, String areaCode) {
        Partner partner = new Partner(OffsetDateTime.now(), "fixture");
        partner.describe(name, sector, null, "ผู้ประสานงาน", "054-000000", areaCode, null, true);
        partners.persist(partner);
        return partner.getId();
    }

    public UUID link(UUID partnerId, UUID centerId, String subdistrictCode, int fiscalYear) {
        return link(partnerId, centerId, subdistrictCode, fiscalYear, null);
    }

    @Transactional
    public UUID link(UUID partnerId, UUID centerId, String subdistrictCode, int fiscalYear, BigDecimal budget) {
        PartnerLink link = new PartnerLink(partnerId, centerId, subdistrictCode, fiscalYear, OffsetDateTime.now(), "fixture");
        link.describe(budget == null ? Set.of(SupportKind.KNOWLEDGE) : Set.of(SupportKind.BUDGET), budget, null, null);
        links.persist(link);
        return link.getId();
    }
}
