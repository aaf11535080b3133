package th.go.cdd.cdvl.reporting.reminder;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.go.cdd.cdvl.common.audit.AuditService;
import th.go.cdd.cdvl.common.error.Problem;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.geo.GeoService;
import th.go.cdd.cdvl.geo.GeoViews.AreaName;
import th.go.cdd.cdvl.geo.GeoViews.ProvinceView;
import th.go.cdd.cdvl.security.AreaLevel;
import th.go.cdd.cdvl.security.AreaResolver;
import th.go.cdd.cdvl.security.AreaScope;
import th.go.cdd.cdvl.security.CurrentUser;

/** Office e-mail addresses, kept by each province (for itself and its districts) or the department. */
@ApplicationScoped
public class OfficeContactService {

    static final String AUDIT_TYPE = "OFFICE_CONTACT";

    @Schema(name = "OfficeContactView", requiredProperties = {"areaCode", "email", "version"})
    public record OfficeContactView(@Schema(examples = "5201") String areaCode,
            @Schema(examples = "cdd.muanglampang@cdvl.example") String email, long version) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OfficeView", requiredProperties = {"areaCode", "level", "nameTh", "nameEn"},
            description = "A provincial or district CD office and the e-mail its reminders go to; without email it gets none.")
    public record OfficeView(@Schema(examples = "5201") String areaCode, AreaLevel level,
            @Schema(examples = "เมืองลำปาง") String nameTh, @Schema(examples = "Mueang Lampang") String nameEn,
            @Schema(examples = "cdd.muanglampang@cdvl.example", description = "Absent: no e-mail set") String email,
            @Schema(description = "Version of the e-mail: the If-Match to change it; absent with the e-mail") Long version) {
    }

    @Schema(name = "OfficeContactRequest")
    public record OfficeContactRequest(@NotBlank @Email @Size(max = 200) @Schema(required = true) String email) {
    }

    private final OfficeContactRepository contacts;
    private final GeoService geo;
    private final AuditService audit;
    private final CurrentUser user;
    private final Clock clock;

    public OfficeContactService(OfficeContactRepository contacts, GeoService geo, AuditService audit, CurrentUser user,
            Clock clock) {
        this.contacts = contacts;
        this.geo = geo;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    public OfficeContactView get(String areaCode) {
        requireArea(areaCode, false);
        return contacts.findByIdOptional(areaCode).map(OfficeContactService::view)
                .orElseThrow(() -> ProblemException.notFound("reporting.contact.not-set", "No e-mail set for office " + areaCode + "."));
    }

    /**
     * Every provincial and district office in the caller's area (under {@code provinceCode} when
     * given), province first then its districts, each with its e-mail or none. Offices without one
     * get no reminder, which is why the list shows them too. A province outside the caller's area
     * is not found; a district officer naming their own province sees their own district.
     */
    public List<OfficeView> list(String provinceCode) {
        if (provinceCode != null && !provinceCode.matches("[0-9]{2}")) {
            throw ProblemException.badRequest("geo.code.malformed", "provinceCode must be 2 digits.",
                    new Problem.FieldError("provinceCode", "geo.code.malformed", "must be 2 digits"));
        }
        AreaScope scope = user.scope();
        String prefix = (provinceCode == null || geo.nameOf(provinceCode).isPresent() ? scope.narrowedTo(provinceCode)
                : Optional.<String>empty())
                .orElseThrow(() -> ProblemException.notFound("geo.not-found", "Province " + provinceCode + " is not in your area."));
        Map<String, OfficeContact> byArea = contacts.under(scope, prefix).stream()
                .collect(Collectors.toMap(OfficeContact::getAreaCode, Function.identity()));
        List<OfficeView> offices = new ArrayList<>();
        for (ProvinceView province : geo.provinces()) {
            if (AreaResolver.BANGKOK.equals(province.code())
                    || !(province.code().startsWith(prefix) || prefix.startsWith(province.code()))) {
                continue;
            }
            if (prefix.length() <= 2) {
                offices.add(office(province.code(), AreaLevel.PROVINCE, byArea));
            }
            geo.districtCodesOf(province.code()).stream().filter(code -> code.startsWith(prefix))
                    .forEach(code -> offices.add(office(code, AreaLevel.DISTRICT, byArea)));
        }
        return offices;
    }

    private OfficeView office(String code, AreaLevel level, Map<String, OfficeContact> byArea) {
        AreaName name = geo.nameOf(code).orElse(new AreaName(code, code, code));
        OfficeContact contact = byArea.get(code);
        return new OfficeView(code, level, name.nameTh(), name.nameEn(), contact == null ? null : contact.getEmail(),
                contact == null ? null : contact.getVersion());
    }

    @Transactional
    public OfficeContactView put(String areaCode, String ifMatch, OfficeContactRequest request) {
        requireArea(areaCode, true);
        Optional<OfficeContact> existing = contacts.findByIdOptional(areaCode);
        existing.ifPresent(c -> Versions.requireCurrent(ifMatch, c.getVersion()));
        OfficeContact contact = existing.orElseGet(() -> new OfficeContact(areaCode));
        OfficeContactView before = existing.map(OfficeContactService::view).orElse(null);
        contact.setEmail(request.email().trim(), OffsetDateTime.now(clock), user.username());
        if (existing.isEmpty()) {
            contacts.persist(contact);
        }
        contacts.flush();
        OfficeContactView after = view(contact);
        audit.record(AUDIT_TYPE, areaCode, areaCode, before == null ? "CREATE" : "UPDATE", before, after);
        return after;
    }

    private void requireArea(String areaCode, boolean write) {
        if (areaCode == null || !areaCode.matches("[0-9]{2}|[0-9]{4}")) {
            throw ProblemException.badRequest("geo.code.malformed", "areaCode must be 2 or 4 digits.");
        }
        if (geo.nameOf(areaCode).isEmpty()) {
            throw ProblemException.notFound("geo.not-found", "No area has the code " + areaCode + ".");
        }
        AreaScope scope = user.scope();
        if (!scope.covers(areaCode)) {
            if (write) {
                throw ProblemException.forbidden("reporting.area.forbidden", "Office " + areaCode + " is not in your area.");
            }
            throw ProblemException.notFound("geo.not-found", "Office " + areaCode + " is not in your area.");
        }
    }

    private static OfficeContactView view(OfficeContact c) {
        return new OfficeContactView(c.getAreaCode(), c.getEmail(), c.getVersion());
    }
}
