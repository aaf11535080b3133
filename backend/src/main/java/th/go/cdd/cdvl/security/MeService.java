package th.go.cdd.cdvl.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.geo.GeoService;
import th.go.cdd.cdvl.geo.GeoViews.GeoAreaView;
import th.go.cdd.cdvl.security.MeView.AreaView;

/** Tells callers who the system thinks they are, so a wrong role or area is seen at once. */
@ApplicationScoped
public class MeService {

    private final CurrentUser user;
    private final GeoService geo;

    public MeService(CurrentUser user, GeoService geo) {
        this.user = user;
        this.geo = geo;
    }

    public MeView me() {
        String first = user.claim("given_name").orElse(null);
        String last = user.claim("family_name").orElse(null);
        String displayName = user.claim("name")
                .or(() -> user.claim("azp"))
                .orElse(user.username());
        List<Role> roles = user.roles().stream().sorted().toList();
        return new MeView(user.username(), displayName, first, last, user.claim("email").orElse(null), roles,
                areaOf(user.scope()));
    }

    private AreaView areaOf(AreaScope scope) {
        if (scope.level() == AreaLevel.NATIONAL) {
            return new AreaView(AreaLevel.NATIONAL, null, "ทั่วประเทศ", "Nationwide", null);
        }
        GeoAreaView area;
        try {
            area = geo.area(scope.code());
        } catch (ProblemException unknownArea) {
            throw ProblemException.forbidden("auth.area.invalid",
                    "Your account's area " + scope.code() + " is not a known province or district.");
        }
        return new AreaView(scope.level(), area.code(), area.nameTh(), area.nameEn(), area.province());
    }
}
