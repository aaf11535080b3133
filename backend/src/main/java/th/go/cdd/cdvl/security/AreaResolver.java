package th.go.cdd.cdvl.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import th.go.cdd.cdvl.common.error.Problem;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.geo.GeoService;
import th.go.cdd.cdvl.geo.GeoViews.AreaName;

/**
 * The area a report or dashboard is asked for: the caller's own when none is named, otherwise a
 * province or district that must lie inside the caller's area (else "not found", as for records).
 */
@ApplicationScoped
public class AreaResolver {

    /** A resolved area: its level, code ("" for the nation) and names, with the caller's scope. */
    public record Area(AreaScope scope, AreaLevel level, String code, String nameTh, String nameEn, String titleTh) {

        public boolean isNational() {
            return level == AreaLevel.NATIONAL;
        }
    }

    /** The program runs in the 76 provinces outside Bangkok. */
    public static final String BANGKOK = "10";

    private final CurrentUser user;
    private final GeoService geo;

    public AreaResolver(CurrentUser user, GeoService geo) {
        this.user = user;
        this.geo = geo;
    }

    public Area resolve(String areaCode) {
        AreaScope scope = user.scope();
        String code = areaCode == null || areaCode.isBlank() ? scope.prefix() : areaCode.trim();
        if (code.isEmpty()) {
            return nation(scope);
        }
        if (!code.matches("[0-9]{2}|[0-9]{4}")) {
            throw ProblemException.badRequest("geo.code.malformed", "areaCode must be a 2-digit province or 4-digit district code.",
                    new Problem.FieldError("areaCode", "geo.code.malformed", "must be 2 or 4 digits"));
        }
        AreaName name = geo.nameOf(code).filter(n -> scope.covers(code))
                .orElseThrow(() -> ProblemException.notFound("geo.not-found", "Area " + code + " is not in your area."));
        if (code.length() == 2) {
            return new Area(scope, AreaLevel.PROVINCE, code, name.nameTh(), name.nameEn(), "จังหวัด" + name.nameTh());
        }
        String province = geo.nameOf(code.substring(0, 2)).map(AreaName::nameTh).orElse("");
        return new Area(scope, AreaLevel.DISTRICT, code, name.nameTh(), name.nameEn(),
                "อำเภอ" + name.nameTh() + " จังหวัด" + province);
    }

    /**
     * The program's provinces in a scope: all 76 for the nation (Bangkok has no centers), a
     * province officer's own, none for a scope inside one district.
     */
    public List<AreaName> provincesIn(AreaScope scope) {
        String prefix = scope.prefix();
        if (prefix.isEmpty()) {
            return children(nation(scope));
        }
        return prefix.length() == 2 ? geo.nameOf(prefix).stream().toList() : List.of();
    }

    private static Area nation(AreaScope scope) {
        return new Area(scope, AreaLevel.NATIONAL, "", "ทั่วประเทศ", "Nationwide", "ทั่วประเทศ");
    }

    /** The areas one level down: provinces of the program under the nation, districts under a province. */
    public List<AreaName> children(Area area) {
        if (area.isNational()) {
            return geo.provinces().stream().filter(p -> !BANGKOK.equals(p.code()))
                    .map(p -> new AreaName(p.code(), p.nameTh(), p.nameEn())).toList();
        }
        if (area.level() == AreaLevel.PROVINCE) {
            return geo.districtsOf(area.code()).stream().map(d -> new AreaName(d.code(), d.nameTh(), d.nameEn())).toList();
        }
        return List.of();
    }
}
