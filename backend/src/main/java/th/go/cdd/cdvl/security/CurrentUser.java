package th.go.cdd.cdvl.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
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
        return identity.getRoles().stream()
                .map(Role::fromTokenName)
                .flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public Optional<String> areaCode() {
        return claim(AREA_CLAIM).map(String::trim);
    }

    /**
     * The caller's area. National roles see the whole country whatever their claim says; officers
     * must carry a code of their own level, so a misconfigured account gets nothing rather than
     * everything.
     */
    public AreaScope scope() {
        Set<Role> roles = roles();
        if (roles.contains(Role.ADMIN) || roles.contains(Role.NATIONAL) || roles.contains(Role.API_CLIENT)) {
            return AreaScope.NATIONAL;
        }
        String code = areaCode().orElse("");
        if (roles.contains(Role.PROVINCE_OFFICER)) {
            return requireDigits(code, 2, AreaScope.province(code));
        }
        if (roles.contains(Role.DISTRICT_OFFICER)) {
            return requireDigits(code, 4, AreaScope.district(code));
        }
        if (roles.contains(Role.VIEWER)) {
            return switch (code.length()) {
                case 0 -> AreaScope.NATIONAL;
                case 2 -> requireDigits(code, 2, AreaScope.province(code));
                default -> requireDigits(code, 4, AreaScope.district(code));
            };
        }
        throw ProblemException.forbidden("auth.forbidden", "Your account has no CDVL role.");
    }

    private static AreaScope requireDigits(String code, int digits, AreaScope scope) {
        if (code.length() != digits || !code.chars().allMatch(Character::isDigit)) {
            throw ProblemException.forbidden("auth.area.invalid",
                    "Your account's area does not fit its role; ask an administrator to set area_code.");
        }
        return scope;
    }
}
