package th.go.cdd.cdvl.center;

import th.go.cdd.cdvl.common.validation.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import th.go.cdd.cdvl.center.CenterViews.OperatingPointRequest;
import th.go.cdd.cdvl.center.CenterViews.OperatingPointView;
import th.go.cdd.cdvl.common.audit.AuditService;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.geo.GeoService;
import th.go.cdd.cdvl.security.AreaScope;
import th.go.cdd.cdvl.security.CurrentUser;

/** Each district's operating point (จุดดำเนินการ): one of its centers, or an address of its own. */
@ApplicationScoped
public class OperatingPointService {

    static final String AUDIT_TYPE = "OPERATING_POINT";

    private final OperatingPointRepository points;
    private final CenterRepository centers;
    private final CenterMapper mapper;
    private final GeoService geo;
    private final AuditService audit;
    private final CurrentUser user;
    private final Clock clock;

    public OperatingPointService(OperatingPointRepository points, CenterRepository centers, CenterMapper mapper,
            GeoService geo, AuditService audit, CurrentUser user, Clock clock) {
        this.points = points;
        this.centers = centers;
        this.mapper = mapper;
        this.geo = geo;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    public OperatingPointView get(String districtCode) {
        geo.district(districtCode);
        if (!user.scope().covers(districtCode)) {
            throw ProblemException.notFound("geo.not-found", "District " + districtCode + " is not in your area.");
        }
        return points.findInScope(user.scope(), districtCode).map(this::view)
                .orElseThrow(() -> ProblemException.notFound("center.operating-point.not-set",
                        "District " + districtCode + " has not set its operating point yet."));
    }

    /** Creates the point, or replaces it; replacing needs the If-Match of the version replaced. */
    @Transactional
    public OperatingPointView set(String districtCode, String ifMatch, OperatingPointRequest request) {
        AreaScope scope = writableDistrict(districtCode);
        Optional<OperatingPoint> existing = points.findInScope(scope, districtCode);
        existing.ifPresent(point -> Versions.requireCurrent(ifMatch, point.getVersion()));
        if (request.centerId() == null && Texts.blankToNull(request.address()) == null) {
            throw ProblemException.unprocessable("center.operating-point.empty",
                    "Choose one of the district's centers or give an address.", "centerId",
                    "centerId or address required");
        }
        if (request.centerId() != null) {
            centers.findInScope(AreaScope.district(districtCode), request.centerId())
                    .filter(center -> scope.covers(center.getSubdistrictCode()))
                    .orElseThrow(() -> ProblemException.unprocessable("center.operating-point.center-unknown",
                            "The operating point must be one of this district's centers.", "centerId",
                            "not a center of this district"));
        }
        geo.requirePointInThailand(request.latitude(), request.longitude());
        OperatingPoint point = existing.orElseGet(() -> new OperatingPoint(districtCode));
        OperatingPointView before = existing.map(this::view).orElse(null);
        point.place(request.centerId(), Texts.blankToNull(request.address()), request.latitude(),
                request.longitude(), OffsetDateTime.now(clock), user.username());
        if (existing.isEmpty()) {
            points.persist(point);
        }
        points.flush();
        OperatingPointView after = view(point);
        audit.record(AUDIT_TYPE, districtCode, districtCode, before == null ? "CREATE" : "UPDATE", before, after);
        return after;
    }

    /** Districts are public geography, so a district outside the caller's area is forbidden, not hidden. */
    private AreaScope writableDistrict(String districtCode) {
        geo.district(districtCode);
        AreaScope scope = user.scope();
        if (!scope.covers(districtCode)) {
            throw ProblemException.forbidden("center.area.forbidden",
                    "District " + districtCode + " is not in your area.");
        }
        return scope;
    }

    private OperatingPointView view(OperatingPoint point) {
        String centerName = point.getCenterId() == null ? null
                : centers.findByIdOptional(point.getCenterId()).map(Center::getName).orElse(null);
        return mapper.view(point, centerName);
    }
}
