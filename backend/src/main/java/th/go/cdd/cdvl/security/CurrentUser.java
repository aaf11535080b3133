package th.go.cdd.cdvl.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import th.go.cdd.cdvl.common.error.ProblemException;

/**
 * The caller of this request, read from the bearer token: who they are, their roles and the area
 * ({@code area_code} claim) that bounds everything they may see or change.
 */
@RequestScoped
public class CurrentUser {

    static final String AREA_CLAIM = "area_code";

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    /** Read once per request: list reads ask for them per row (PersonalData.readable). */
    private Set<Role> roles;
    private AreaScope scope;

    public CurrentUser(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public String username() {
        return claim("preferred_username").orElse(identity.getPrincipal().getName());
    }

    public Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        return value == null ? Optional.empty() : Optional.of(value.toString()).filter(text -> !text.isBlank());
    }

    public Set<Role> roles() {
        if (roles == null) {
            roles = Collections.unmodifiableSet(identity.getRoles().stream()
                    .map(Role::fromTokenName)
                    .flatMap(Optional::stream)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))));
        }
        return roles;
    }

    public Optional<String> areaCode() {
        return claim(AREA_CLAIM).map(String::trim);
    }

    /**
     * The caller's area. Administrators and national officers see the whole country whatever their
     * claim says. Everyone else must carry an {@code area_code} that fits the role, so a
     * misconfigured account gets nothing rather than everything:
     * <ul>
     * <li>a province officer a 2-digit province ({@code 52}), a district officer a 4-digit district
     * ({@code 5201});</li>
     * <li>a viewer or another system either of those, or {@value AreaScope#NATION_CODE} for the whole
     * country: {@code area_code=TH} is how an administrator grants a national viewer, and a missing
     * claim is refused with 403 {@code auth.area.invalid}, not read as "everything".</li>
     * </ul>
     */
    public AreaScope scope() {
        if (scope == null) {
            scope = scopeOf(roles());
        }
        return scope;
    }

    private AreaScope scopeOf(Set<Role> roles) {
        if (roles.contains(Role.ADMIN) || roles.contains(Role.NATIONAL)) {
            return AreaScope.NATIONAL;
        }
        String code = areaCode().orElse("");
        if (roles.contains(Role.PROVINCE_OFFICER)) {
            return requireDigits(code, 2, AreaScope.province(code));
        }
        if (roles.contains(Role.DISTRICT_OFFICER)) {
            return requireDigits(code, 4, AreaScope.district(code));
        }
        if (roles.contains(Role.VIEWER) || roles.contains(Role.API_CLIENT)) {
            return switch (code.length()) {
                case 2 -> code.equals(AreaScope.NATION_CODE) ? AreaScope.NATIONAL : requireDigits(code, 2, AreaScope.province(code));
                case 4 -> requireDigits(code, 4, AreaScope.district(code));
                default -> throw areaInvalid();
            };
        }
        throw ProblemException.forbidden("auth.forbidden", "Your account has no CDVL role.");
    }

    private static AreaScope requireDigits(String code, int digits, AreaScope scope) {
        if (code.length() != digits || !code.chars().allMatch(Character::isDigit)) {
            throw areaInvalid();
        }
        return scope;
    }

    private static ProblemException areaInvalid() {
        return ProblemException.forbidden("auth.area.invalid",
                "Your account's area does not fit its role; ask an administrator to set area_code.");
    }
}
