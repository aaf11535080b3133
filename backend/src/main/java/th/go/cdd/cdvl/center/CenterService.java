package th.go.cdd.cdvl.center;

import th.go.cdd.cdvl.common.validation.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import th.go.cdd.cdvl.center.CenterViews.CenterRequest;
import th.go.cdd.cdvl.center.CenterViews.CenterView;
import th.go.cdd.cdvl.center.CenterViews.StatusRequest;
import th.go.cdd.cdvl.common.audit.AuditService;
import th.go.cdd.cdvl.common.audit.AuditView;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.common.paging.PageParams;
import th.go.cdd.cdvl.common.paging.PageView;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.common.web.Filters;
import th.go.cdd.cdvl.geo.GeoService;
import th.go.cdd.cdvl.security.AreaScope;
import th.go.cdd.cdvl.security.CurrentUser;
import th.go.cdd.cdvl.security.PersonalData;

/**
 * The center registry. Callers see and change only centers in their area: reads outside it are
 * "not found", creating one outside it is forbidden. A sub-district has one regular active center;
 * a second needs a written justification.
 */
@ApplicationScoped
public class CenterService {

    static final String AUDIT_TYPE = "CENTER";
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "name", "c.name",
            "subdistrictCode", "c.subdistrict_code",
            "status", "c.status",
            "establishedOn", "c.established_on",
            "updatedAt", "c.updated_at");

    private final CenterRepository centers;
    private final CenterMapper mapper;
    private final GeoService geo;
    private final AuditService audit;
    private final CurrentUser user;
    private final PersonalData personal;
    private final Clock clock;

    public CenterService(CenterRepository centers, CenterMapper mapper, GeoService geo, AuditService audit, PersonalData personal,
            CurrentUser user, Clock clock) {
        this.centers = centers;
        this.mapper = mapper;
        this.geo = geo;
        this.audit = audit;
        this.user = user;
        this.personal = personal;
        this.clock = clock;
    }

    public PageView<CenterView> list(String provinceCode, String districtCode, String subdistrictCode,
            String status, String text, PageParams paging) {
        String area = Filters.narrowestArea(provinceCode, districtCode, subdistrictCode);
        var filter = new CenterRepository.Filter(area, Filters.enumValue(CenterStatus.class, "status", status), text);
        var page = centers.page(user.scope(), filter, paging.orderBy(SORT_COLUMNS, "subdistrictCode,name", "c.id"),
                paging.page, paging.size, mapper::view);
        return paging.view(page.rows().stream().map(this::shown).toList(), page.total());
    }

    public CenterView get(UUID id) {
        return shown(mapper.view(visible(id)));
    }

    /** The center if the caller may see it; for other features, which answer its absence their own way. */
    public Optional<CenterView> find(UUID id) {
        return centers.findInScope(user.scope(), id).map(center -> shown(mapper.view(center)));
    }

    /** The center as the caller may see it: its phone is personal data ({@link PersonalData}). */
    private CenterView shown(CenterView center) {
        return personal.shown(center, center.subdistrictCode());
    }

    /** Names of centers by id, for other features' lists (one query, whatever the page size). */
    public Map<UUID, String> names(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return centers.names(ids);
    }

    public List<AuditView> history(UUID id) {
        visible(id);
        return audit.history(AUDIT_TYPE, id);
    }

    @Transactional
    public CenterView create(CenterRequest request) {
        geo.requireSubdistrict(request.subdistrictCode(), "subdistrictCode");
        AreaScope scope = user.scope();
        if (!scope.covers(request.subdistrictCode())) {
            throw ProblemException.forbidden("center.area.forbidden",
                    "You may only create centers in your own area.");
        }
        geo.requirePointInThailand(request.latitude(), request.longitude());
        OffsetDateTime now = OffsetDateTime.now(clock);
        Center center = new Center(request.subdistrictCode(), now, user.username());
        String exceptionReason = Texts.blankToNull(request.exceptionReason());
        requireRoomForActive(center, exceptionReason);
        describe(center, request);
        center.justifyException(exceptionReason);
        centers.persist(center);
        centers.flush();
        CenterView created = mapper.view(center);
        audit.record(AUDIT_TYPE, center.getId(), center.getSubdistrictCode(), "CREATE", null, created);
        return shown(created);
    }

    @Transactional
    public CenterView update(UUID id, String ifMatch, CenterRequest request) {
        Center center = visible(id);
        Versions.requireCurrent(ifMatch, center.getVersion());
        if (!center.getSubdistrictCode().equals(request.subdistrictCode())) {
            throw ProblemException.unprocessable("center.subdistrict.immutable",
                    "A center stays in its sub-district; close it and create one in the other sub-district.",
                    "subdistrictCode", "cannot change");
        }
        geo.requirePointInThailand(request.latitude(), request.longitude());
        String exceptionReason = Texts.blankToNull(request.exceptionReason());
        if (center.getStatus() == CenterStatus.ACTIVE) {
            requireRoomForActive(center, exceptionReason);
        }
        CenterView before = mapper.view(center);
        describe(center, request);
        center.justifyException(exceptionReason);
        return saved(center, before, "UPDATE");
    }

    /** Suspending or closing needs a reason; a closed center stays closed (it is history). */
    @Transactional
    public CenterView changeStatus(UUID id, String ifMatch, StatusRequest request) {
        Center center = visible(id);
        Versions.requireCurrent(ifMatch, center.getVersion());
        if (center.getStatus() == CenterStatus.CLOSED) {
            throw ProblemException.conflict("center.status.closed",
                    "A closed center stays closed; create a new center instead.");
        }
        if (center.getStatus() == request.status()) {
            throw ProblemException.conflict("center.status.unchanged",
                    "The center is already " + request.status() + ".");
        }
        String reason = Texts.blankToNull(request.reason());
        if (request.status() != CenterStatus.ACTIVE && reason == null) {
            throw ProblemException.unprocessable("center.status.reason-required",
                    "Say why the center is suspended or closed.", "reason", "required");
        }
        CenterView before = mapper.view(center);
        if (request.status() == CenterStatus.ACTIVE) {
            String exceptionReason = Texts.blankToNull(request.exceptionReason());
            requireRoomForActive(center, exceptionReason);
            center.justifyException(exceptionReason);
        }
        LocalDate on = request.effectiveOn() == null ? LocalDate.now(clock) : request.effectiveOn();
        center.changeStatus(request.status(), reason, on);
        return saved(center, before, "STATUS_" + request.status());
    }

    /** A center the caller may see, or 404 whether it does not exist or lies outside their area. */
    Center visible(UUID id) {
        return centers.findInScope(user.scope(), id).orElseThrow(() -> ProblemException.notFound("center.not-found",
                "No center " + id + " in your area."));
    }

    private CenterView saved(Center center, CenterView before, String action) {
        center.touch(OffsetDateTime.now(clock), user.username());
        centers.flush();
        CenterView after = mapper.view(center);
        audit.record(AUDIT_TYPE, center.getId(), center.getSubdistrictCode(), action, before, after);
        return shown(after);
    }

    /** Checked before the entity changes, so no half-changed row is flushed by the query. */
    private void requireRoomForActive(Center center, String exceptionReason) {
        if (exceptionReason != null) {
            return;
        }
        centers.regularActiveIn(center.getSubdistrictCode(), center.getId()).ifPresent(existing -> {
            throw ProblemException.conflict("center.subdistrict.taken",
                    "The sub-district already has an active center, '" + existing.getName() + "' (" + existing.getId()
                            + "). Send exceptionReason to confirm a justified second center.",
                    "subdistrictCode", "has an active center");
        });
    }

    private static void describe(Center center, CenterRequest r) {
        center.describe(r.name().trim(), r.villageNo(), Texts.blankToNull(r.villageName()), Texts.blankToNull(r.address()),
                r.latitude(), r.longitude(), r.establishedOn(), Texts.blankToNull(r.phone()), Texts.blankToNull(r.notes()));
    }

}
