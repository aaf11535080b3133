package th.go.cdd.cdvl.reporting.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.go.cdd.cdvl.common.audit.AuditService;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.geo.GeoService;
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
