package th.go.cdd.cdvl.reporting.request;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Stream;
import th.go.cdd.cdvl.geo.GeoService;
import th.go.cdd.cdvl.geo.GeoViews.AreaName;
import th.go.cdd.cdvl.reporting.request.DocumentRequest.Level;
import th.go.cdd.cdvl.security.AreaResolver;
import th.go.cdd.cdvl.security.AreaScope;

/**
 * Who a document request asks, who reviews the answers, and who answers for an office.
 * <ul>
 * <li><b>Asked:</b> every provincial office of the program (76, Bangkok has no centers), or the
 * district offices of one province, or of every province. Example: the department asks Lampang's
 * 13 districts, or all 76 provinces; Lampang asks its own 13 districts.</li>
 * <li><b>Who may ask:</b> the department anything; a provincial office only its own districts
 * (another target is 403 {@code reporting.document-request.area.forbidden}).</li>
 * <li><b>Reviewers:</b> whoever asked: the department for its requests, the provincial office for
 * its own. The department also sees, and may review, a province's requests.</li>
 * <li><b>Answering:</b> an office's own officers (a district officer of 5201 for 5201) and
 * administrators; a province officer sees its districts' answers but does not write them (403
 * {@code reporting.document-answer.not-yours}).</li>
 * </ul>
 * Callers see a request when they review it or one of its offices lies in their area
 * ({@link DocumentRequestRepository} holds the same rule as a query), and see the answers of the
 * offices in their area.
 */
@ApplicationScoped
public class DocumentTargets {

    private final AreaResolver areas;
    private final GeoService geo;

    public DocumentTargets(AreaResolver areas, GeoService geo) {
        this.areas = areas;
        this.geo = geo;
    }

    /** The offices asked, in code order, limited to those under {@code scope}. */
    public List<AreaName> offices(DocumentRequest request, AreaScope scope) {
        Stream<AreaName> provinces = areas.provincesIn(AreaScope.NATIONAL).stream()
                .filter(p -> request.getTargetArea().isEmpty() || p.code().equals(request.getTargetArea()));
        Stream<AreaName> offices = request.getTargetLevel() == Level.PROVINCE ? provinces
                : provinces.flatMap(p -> geo.districtCodesOf(p.code()).stream().map(code -> geo.nameOf(code).orElseThrow()));
        return offices.filter(o -> scope.covers(o.code())).toList();
    }

    /** Whether {@code officeCode} is one of the offices the request asks. */
    public static boolean asks(DocumentRequest request, String officeCode) {
        if (officeCode == null || AreaResolver.BANGKOK.equals(officeCode.substring(0, Math.min(2, officeCode.length())))) {
            return false;
        }
        return request.getTargetLevel() == Level.PROVINCE ? officeCode.matches("[0-9]{2}")
                : officeCode.matches("[0-9]{4}") && officeCode.startsWith(request.getTargetArea());
    }

    /** Whether the caller reviews the answers: the department always, a province its own requests. */
    public static boolean manages(AreaScope scope, DocumentRequest request) {
        return scope.covers(request.getOwnerArea());
    }

    /** Whether the caller writes the office's answer: its own office (administrators any office). */
    public static boolean answersFor(AreaScope scope, boolean administrator, String officeCode) {
        return administrator || scope.prefix().equals(officeCode);
    }

    /** Whether the caller may ask these offices (see the class comment). */
    public static boolean mayAsk(AreaScope scope, Level level, String targetArea) {
        return scope.prefix().isEmpty() || (level == Level.DISTRICT && scope.prefix().length() == 2
                && scope.prefix().equals(targetArea));
    }
}
