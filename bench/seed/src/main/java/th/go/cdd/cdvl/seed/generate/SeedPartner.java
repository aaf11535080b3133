package th.go.cdd.cdvl.seed.generate;

import java.time.LocalDate;
import java.util.UUID;
import th.go.cdd.cdvl.seed.text.PartnerTexts.Sector;

/** A partner of the 7 sectors, working in a district (4-digit area) or a whole province (2-digit area). */
record SeedPartner(int index, UUID id, String name, Sector sector, String kind, String areaCode, String provinceCode,
        LocalDate createdOn, boolean active) {
}
