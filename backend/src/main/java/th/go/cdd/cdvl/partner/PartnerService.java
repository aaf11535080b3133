package th.go.cdd.cdvl.partner;

import th.go.cdd.cdvl.common.validation.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import th.go.cdd.cdvl.common.audit.AuditService;
import th.go.cdd.cdvl.common.error.Problem;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.common.paging.PageParams;
import th.go.cdd.cdvl.common.paging.PageView;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.common.web.Filters;
import th.go.cdd.cdvl.geo.GeoService;
import th.go.cdd.cdvl.partner.PartnerViews.PartnerRequest;
import th.go.cdd.cdvl.partner.PartnerViews.PartnerView;
import th.go.cdd.cdvl.partner.PartnerViews.SimilarPartner;
import th.go.cdd.cdvl.security.AreaResolver;
import th.go.cdd.cdvl.security.AreaScope;
import th.go.cdd.cdvl.security.CurrentUser;
import th.go.cdd.cdvl.security.PersonalData;

/**
 * Partners of the 7 sectors. One organisation is one partner, however many districts it works
 * with; callers change only partners whose area lies inside theirs. A name very like one already
 * in the province is pointed out before saving, so duplicates are a deliberate choice.
 */
@ApplicationScoped
public class PartnerService {

    static final String AUDIT_TYPE = "PARTNER";
    private static final Map<String, String> SORTS = Map.of("name", "p.name", "sector", "p.sector",
            "areaCode", "p.areaCode", "updatedAt", "p.updatedAt");

    private final PartnerRepository partners;
    private final GeoService geo;
    private final AuditService audit;
    private final CurrentUser user;
    private final AreaResolver areas;
    private final PersonalData personal;
    private final Clock clock;

    public PartnerService(PartnerRepository partners, GeoService geo, AuditService audit, CurrentUser user,
            AreaResolver areas, PersonalData personal, Clock clock) {
        this.partners = partners;
        this.areas = areas;
        this.personal = personal;
        this.geo = geo;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    public PageView<PartnerView> list(String areaCode, String sector, Boolean active, String text, PageParams paging) {
        if (areaCode != null && !areaCode.isBlank() && !areaCode.matches("[0-9]{2}|[0-9]{4}")) {
            throw ProblemException.badRequest("geo.code.malformed", "areaCode must be 2 or 4 digits.",
                    new Problem.FieldError("areaCode", "geo.code.malformed", "must be 2 or 4 digits"));
        }
        AreaScope scope = user.scope();
        var filter = new PartnerRepository.Filter(areaCode == null || areaCode.isBlank() ? null : areaCode,
                Filters.enumValue(Sector.class, "sector", sector), active, text);
        var query = partners.search(scope, filter, paging.sort(SORTS, "name", "p.id")).page(paging.panachePage());
        return paging.view(query.list().stream().map(this::shown).toList(), query.count());
    }

    public PartnerView get(UUID id) {
        AreaScope scope = user.scope();
        return shown(visible(scope, id));
    }

    /**
     * Partners of the same province whose names are the same or very similar to {@code name}, among
     * those the caller may see; an area outside the caller's answers 404 like every other area read.
     */
    public List<SimilarPartner> similar(String name, String areaCode, UUID except) {
        if (name == null || name.isBlank() || areaCode == null || !areaCode.matches("[0-9]{2}|[0-9]{4}")) {
            throw ProblemException.badRequest("request.invalid", "name and a 2- or 4-digit areaCode are required.");
        }
        AreaScope scope = areas.resolve(areaCode).scope();
        String key = PartnerNames.key(name);
        return partners.inProvince(scope, areaCode.substring(0, 2)).stream()
                .filter(p -> !p.getId().equals(except))
                .map(p -> new SimilarPartner(p.getId(), p.getName(), p.getSector(), p.getAreaCode(),
                        Math.round(PartnerNames.similarity(key, p.getNameKey()) * 100) / 100.0))
                .filter(s -> s.similarity() >= PartnerNames.SIMILAR)
                .sorted(Comparator.comparingDouble(SimilarPartner::similarity).reversed())
                .limit(10)
                .toList();
    }

    @Transactional
    public PartnerView create(PartnerRequest request) {
        AreaScope scope = user.scope();
        requireWritableArea(scope, request.areaCode());
        requireNoDuplicate(request, null);
        Partner partner = new Partner(OffsetDateTime.now(clock), user.username());
        describe(partner, request);
        partners.persist(partner);
        partners.flush();
        PartnerView created = view(partner);
        audit.record(AUDIT_TYPE, partner.getId(), partner.getAreaCode(), "CREATE", null, created);
        return shown(partner);
    }

    @Transactional
    public PartnerView update(UUID id, String ifMatch, PartnerRequest request) {
        AreaScope scope = user.scope();
        Partner partner = visible(scope, id);
        if (!scope.covers(partner.getAreaCode())) {
            throw ProblemException.forbidden("partner.area.forbidden",
                    "This partner works beyond your area; its province or the department keeps it.");
        }
        Versions.requireCurrent(ifMatch, partner.getVersion());
        requireWritableArea(scope, request.areaCode());
        if (!PartnerNames.key(request.name()).equals(partner.getNameKey())) {
            requireNoDuplicate(request, id);
        }
        PartnerView before = view(partner);
        describe(partner, request);
        partner.touch(OffsetDateTime.now(clock), user.username());
        partners.flush();
        PartnerView after = view(partner);
        audit.record(AUDIT_TYPE, id, partner.getAreaCode(), "UPDATE", before, after);
        return shown(partner);
    }

    /** A partner the caller may see (for links and activities), or 404. */
    public Partner visible(AreaScope scope, UUID id) {
        return partners.findVisible(scope, id).orElseThrow(() -> ProblemException.notFound("partner.not-found",
                "No partner " + id + " in your area."));
    }

    /** The partner as the caller may see it: its contacts are personal data ({@link PersonalData}). */
    public PartnerView shown(Partner p) {
        return personal.shown(view(p), p.getAreaCode());
    }

    /** The whole partner, as the audit trail keeps it. */
    private PartnerView view(Partner p) {
        return new PartnerView(p.getId(), p.getName(), p.getSector(), p.getKind(), p.getContactPerson(),
                p.getContactPhone(), p.getAreaCode(), geo.nameOf(p.getAreaCode()).orElse(null), p.getMouOn(), p.isActive(), p.getVersion(),
                p.getCreatedAt(), p.getCreatedBy(), p.getUpdatedAt(), p.getUpdatedBy());
    }

    private void requireWritableArea(AreaScope scope, String areaCode) {
        if (geo.nameOf(areaCode).isEmpty()) {
            throw ProblemException.unprocessable("geo.area.unknown", "No area has the code " + areaCode + ".",
                    "areaCode", "unknown area");
        }
        if (!scope.covers(areaCode)) {
            throw ProblemException.forbidden("partner.area.forbidden", "You may only keep partners of your own area.");
        }
    }

    private void requireNoDuplicate(PartnerRequest request, UUID except) {
        if (Boolean.TRUE.equals(request.acknowledgeDuplicates())) {
            return;
        }
        List<SimilarPartner> similar = similar(request.name(), request.areaCode(), except);
        if (!similar.isEmpty()) {
            SimilarPartner best = similar.get(0);
            throw ProblemException.conflict("partner.possible-duplicate",
                    "A partner with a very similar name exists in the province: '" + best.name() + "' (" + best.id()
                            + "). Use it, or send acknowledgeDuplicates=true to add this one anyway.",
                    "name", best.name());
        }
    }

    private static void describe(Partner partner, PartnerRequest r) {
        partner.describe(r.name().trim(), r.sector(), Texts.blankToNull(r.kind()), Texts.blankToNull(r.contactPerson()),
                Texts.blankToNull(r.contactPhone()), r.areaCode(), r.mouOn(), r.active() == null || r.active());
    }

}
