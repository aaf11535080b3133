package th.go.cdd.cdvl.reporting.request;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import th.go.cdd.cdvl.common.audit.AuditService;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.common.paging.PageParams;
import th.go.cdd.cdvl.common.paging.PageView;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.geo.GeoService;
import th.go.cdd.cdvl.geo.GeoViews.AreaName;
import th.go.cdd.cdvl.reporting.report.ReportViews.Standing;
import th.go.cdd.cdvl.reporting.report.Standings;
import th.go.cdd.cdvl.reporting.request.DocumentRequest.Level;
import th.go.cdd.cdvl.reporting.request.DocumentRequestRepository.AnswerState;
import th.go.cdd.cdvl.reporting.request.DocumentRequestViews.ChangeRequest;
import th.go.cdd.cdvl.reporting.request.DocumentRequestViews.CreateRequest;
import th.go.cdd.cdvl.reporting.request.DocumentRequestViews.FileView;
import th.go.cdd.cdvl.reporting.request.DocumentRequestViews.OfficeAnswer;
import th.go.cdd.cdvl.reporting.request.DocumentRequestViews.RequestView;
import th.go.cdd.cdvl.security.AreaScope;
import th.go.cdd.cdvl.security.CurrentUser;

/**
 * Document requests: the department or a provincial office asks offices for files by a due date
 * ({@link DocumentTargets} says who asks whom and who sees what). A request is sent when created;
 * its requester may change its texts and due date and attach a template.
 */
@ApplicationScoped
public class DocumentRequestService {

    static final String AUDIT_TYPE = "DOCUMENT_REQUEST";

    private final DocumentRequestRepository requests;
    private final DocumentTargets targets;
    private final DocumentFiles files;
    private final GeoService geo;
    private final AuditService audit;
    private final CurrentUser user;
    private final Clock clock;

    public DocumentRequestService(DocumentRequestRepository requests, DocumentTargets targets, DocumentFiles files,
            GeoService geo, AuditService audit, CurrentUser user, Clock clock) {
        this.requests = requests;
        this.targets = targets;
        this.files = files;
        this.geo = geo;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    @Transactional
    public PageView<RequestView> list(Integer fiscalYear, PageParams paging) {
        AreaScope scope = user.scope();
        PageView<DocumentRequest> page = requests.page(scope, fiscalYear, paging);
        Map<UUID, List<AnswerState>> states = requests.states(page.items().stream().map(DocumentRequest::getId).toList(),
                scope.prefix()).stream().collect(Collectors.groupingBy(AnswerState::requestId));
        return paging.view(page.items().stream().map(r -> view(r, states.getOrDefault(r.getId(), List.of()))).toList(),
                page.totalItems());
    }

    @Transactional
    public RequestView get(UUID id) {
        return view(visible(id));
    }

    @Transactional
    public RequestView create(CreateRequest request) {
        AreaScope scope = user.scope();
        String targetArea = request.targetLevel() == Level.PROVINCE ? "" : Optional.ofNullable(request.targetProvinceCode()).orElse("");
        if (request.targetLevel() == Level.PROVINCE && request.targetProvinceCode() != null) {
            throw ProblemException.unprocessable("reporting.document-request.target-invalid",
                    "A request to every province names no province.", "targetProvinceCode", "must be absent for PROVINCE");
        }
        if (!targetArea.isEmpty() && (targetArea.equals(th.go.cdd.cdvl.security.AreaResolver.BANGKOK)
                || geo.nameOf(targetArea).isEmpty())) {
            throw ProblemException.unprocessable("reporting.document-request.target-invalid",
                    "No province " + targetArea + " in the program.", "targetProvinceCode", "unknown");
        }
        if (!DocumentTargets.mayAsk(scope, request.targetLevel(), targetArea)) {
            throw ProblemException.forbidden("reporting.document-request.area.forbidden",
                    "A provincial office asks only its own districts.");
        }
        requireDueOn(request.dueOn(), "dueOn");
        OffsetDateTime now = OffsetDateTime.now(clock);
        DocumentRequest created = new DocumentRequest(request.fiscalYear(), request.title().strip(),
                request.instructions().strip(), request.dueOn(), request.targetLevel(), targetArea, scope.prefix(), user.claim("email").orElse(null), now,
                user.username());
        requests.persist(created);
        requests.flush();
        RequestView view = view(created);
        audit.record(AUDIT_TYPE, created.getId(), auditArea(created), "CREATE", null, view);
        return view;
    }

    @Transactional
    public RequestView change(UUID id, String ifMatch, ChangeRequest change) {
        DocumentRequest request = reviewed(id);
        Versions.requireCurrent(ifMatch, request.getVersion());
        requireDueOn(change.dueOn(), "dueOn");
        RequestView before = view(request);
        request.change(change.title().strip(), change.instructions().strip(), change.dueOn());
        request.touch(OffsetDateTime.now(clock), user.username());
        requests.flush();
        RequestView after = view(request);
        audit.record(AUDIT_TYPE, request.getId(), auditArea(request), "UPDATE", before, after);
        return after;
    }

    /**
     * Attaches (or replaces) the template. The request must be visible and the caller its reviewer
     * before the body is read; the body goes to a temporary file, is typed from its content, stored,
     * and only then recorded with its audit entry, replacing the old template, whose bytes are deleted
     * after the commit.
     */
    public RequestView attachTemplate(UUID id, String ifMatch, String fileName, InputStream body) {
        QuarkusTransaction.requiringNew().run(() -> Versions.requireCurrent(ifMatch, reviewed(id).getVersion()));
        DocumentFile[] old = new DocumentFile[1];
        RequestView view = files.store(body, fileName, id, null, "template", user.username(),
                file -> QuarkusTransaction.requiringNew().call(() -> {
                    DocumentRequest request = requests.visibleForUpdate(user.scope(), id).orElseThrow(() -> notFound(id));
                    Versions.requireCurrent(ifMatch, request.getVersion());
                    RequestView before = view(request);
                    old[0] = requests.template(id).orElse(null);
                    if (old[0] != null) {
                        requests.deleteFile(old[0]);
                        requests.flush();
                    }
                    requests.persistFile(file);
                    request.touch(OffsetDateTime.now(clock), user.username());
                    requests.flush();
                    RequestView after = view(request);
                    audit.record(AUDIT_TYPE, request.getId(), auditArea(request), "TEMPLATE", before, after);
                    return after;
                }));
        if (old[0] != null) {
            files.discard(old[0], new IllegalStateException("old template left behind"));
        }
        return view;
    }

    /** The template's file; 404 when there is none. */
    @Transactional
    public DocumentFile template(UUID id) {
        visible(id);
        return requests.template(id).orElseThrow(() -> ProblemException.notFound("reporting.document-request.no-template",
                "The request has no template."));
    }

    public InputStream open(DocumentFile file) {
        return files.open(file);
    }

    /** A request the caller sees: 404 otherwise, as for any record outside one's area. */
    DocumentRequest visible(UUID id) {
        return requests.visible(user.scope(), id).orElseThrow(() -> notFound(id));
    }

    /** A request the caller reviews: 404 if not visible, 403 if visible but asked by someone else. */
    DocumentRequest reviewed(UUID id) {
        DocumentRequest request = visible(id);
        if (!DocumentTargets.manages(user.scope(), request)) {
            throw ProblemException.forbidden("reporting.document-request.not-requester",
                    "Only the office that sent the request may change it or review its answers.");
        }
        return request;
    }

    RequestView view(DocumentRequest r) {
        return view(r, requests.states(List.of(r.getId()), user.scope().prefix()));
    }

    private RequestView view(DocumentRequest r, List<AnswerState> states) {
        AreaScope scope = user.scope();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, AnswerState> byOffice = states.stream().collect(Collectors.toMap(AnswerState::officeCode, Function.identity()));
        List<AreaName> offices = targets.offices(r, scope);
        List<Standing> standings = offices.stream().map(o -> standing(r, byOffice.get(o.code()), now)).toList();
        OfficeAnswer mine = DocumentTargets.asks(r, scope.prefix()) ? geo.nameOf(scope.prefix())
                .map(office -> officeAnswer(r, office, byOffice.get(office.code()), 0, now)).orElse(null) : null;
        String url = "/api/v1/document-requests/" + r.getId() + "/template";
        FileView template = requests.template(r.getId()).map(f -> DocumentFiles.view(f, url)).orElse(null);
        return new RequestView(r.getId(), r.getFiscalYear(), r.getTitle(), r.getInstructions(), r.getDueOn(),
                r.getTargetLevel(), r.getTargetArea().isEmpty() ? null : geo.nameOf(r.getTargetArea()).orElse(null),
                r.getOwnerArea().isEmpty() ? null : geo.nameOf(r.getOwnerArea()).orElse(null), template, offices.size(),
                DocumentTargets.manages(scope, r), mine, Standings.count(standings, Standings.OF_DISTRICTS), r.getCreatedAt(),
                r.getCreatedBy(), r.getUpdatedAt(), r.getVersion());
    }

    OfficeAnswer officeAnswer(DocumentRequest r, AreaName office, AnswerState state, int fileCount, OffsetDateTime now) {
        return new OfficeAnswer(office, state == null ? null : state.state(), standing(r, state, now),
                state == null ? null : state.submittedAt(), state == null ? null : state.onTime(), fileCount);
    }

    Standing standing(DocumentRequest r, AnswerState state, OffsetDateTime now) {
        return standing(r, state, now, clock.getZone());
    }

    /** Where an office stands, by {@link Standings}: its answer (null: none) against the request's due date. */
    static Standing standing(DocumentRequest r, AnswerState state, OffsetDateTime now, java.time.ZoneId zone) {
        return state == null ? Standings.of(null, null, r.getDueOn(), now, zone)
                : Standings.of(state.state(), state.onTime(), r.getDueOn(), now, zone);
    }

    /** The audit area: the province asked, else the requester's ("" the nation). */
    static String auditArea(DocumentRequest r) {
        return r.getTargetArea().isEmpty() ? r.getOwnerArea() : r.getTargetArea();
    }

    private static void requireDueOn(LocalDate dueOn, String field) {
        if (dueOn.getYear() < 2000 || dueOn.getYear() > 2200) {
            throw ProblemException.unprocessable("reporting.document-request.due-invalid",
                    "The due date must be a Gregorian date (2026-12-25), not a Buddhist-era one.", field, "out of range");
        }
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("reporting.document-request.not-found", "No document request " + id + " in your area.");
    }
}
