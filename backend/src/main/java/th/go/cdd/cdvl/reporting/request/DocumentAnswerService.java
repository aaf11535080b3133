package th.go.cdd.cdvl.reporting.request;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import th.go.cdd.cdvl.calendar.DeadlineRule;
import th.go.cdd.cdvl.common.audit.AuditService;
import th.go.cdd.cdvl.common.error.Problem;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.common.validation.Texts;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.geo.GeoService;
import th.go.cdd.cdvl.geo.GeoViews.AreaName;
import th.go.cdd.cdvl.reporting.report.Reviewed;
import th.go.cdd.cdvl.reporting.request.DocumentRequestRepository.AnswerState;
import th.go.cdd.cdvl.reporting.request.DocumentRequestRepository.SubmittedFile;
import th.go.cdd.cdvl.reporting.request.DocumentRequestViews.AnswerView;
import th.go.cdd.cdvl.reporting.request.DocumentRequestViews.OfficeAnswer;
import th.go.cdd.cdvl.security.AreaScope;
import th.go.cdd.cdvl.security.CurrentUser;
import th.go.cdd.cdvl.security.Role;

/**
 * The offices' answers to document requests: files and a note, submitted and reviewed as reports
 * are ({@link Reviewed}). An office's answer is on time when its first submission arrives before
 * the due day is over in Thailand ({@link DeadlineRule#onTime}): 23:59:59 on the due day is on time,
 * midnight is late. Submitting needs at least one file.
 */
@ApplicationScoped
public class DocumentAnswerService {

    static final String AUDIT_TYPE = "DOCUMENT_ANSWER";

    private final DocumentRequestService requestService;
    private final DocumentRequestRepository requests;
    private final DocumentTargets targets;
    private final DocumentFiles files;
    private final DocumentConfig config;
    private final GeoService geo;
    private final AuditService audit;
    private final CurrentUser user;
    private final Clock clock;

    public DocumentAnswerService(DocumentRequestService requestService, DocumentRequestRepository requests,
            DocumentTargets targets, DocumentFiles files, DocumentConfig config, GeoService geo, AuditService audit,
            CurrentUser user, Clock clock) {
        this.requestService = requestService;
        this.requests = requests;
        this.targets = targets;
        this.files = files;
        this.config = config;
        this.geo = geo;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    /** The matrix: every office asked that lies in the caller's area, with where its answer stands. */
    @Transactional
    public List<OfficeAnswer> matrix(UUID requestId) {
        DocumentRequest request = requestService.visible(requestId);
        AreaScope scope = user.scope();
        Map<String, AnswerState> states = requests.states(List.of(requestId), scope.prefix()).stream()
                .collect(Collectors.toMap(AnswerState::officeCode, Function.identity()));
        Map<UUID, Long> counts = requests.fileCounts(requestId);
        Map<String, UUID> answerIds = requests.answersUnder(requestId, scope.prefix()).stream()
                .collect(Collectors.toMap(DocumentAnswer::getOfficeCode, DocumentAnswer::getId));
        OffsetDateTime now = OffsetDateTime.now(clock);
        return targets.offices(request, scope).stream().map(office -> requestService.officeAnswer(request, office,
                states.get(office.code()), counts.getOrDefault(answerIds.get(office.code()), 0L).intValue(), now)).toList();
    }

    @Transactional
    public AnswerView get(UUID requestId, String officeCode) {
        DocumentRequest request = requestService.visible(requestId);
        requireOffice(request, officeCode);
        return view(request, officeCode, requests.answer(requestId, officeCode).orElse(null));
    }

    /** Saves the note; the first save starts the answer, later ones need If-Match. */
    @Transactional
    public AnswerView write(UUID requestId, String officeCode, String ifMatch, String note) {
        DocumentRequest request = answerable(requestId, officeCode);
        DocumentAnswer answer = requests.answer(requestId, officeCode).orElse(null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        AnswerView before = null;
        boolean isNew = answer == null;
        if (isNew) {
            answer = new DocumentAnswer(requestId, officeCode, now, user.username());
        } else {
            Versions.requireCurrent(ifMatch, answer.getVersion());
            before = view(request, officeCode, answer);
        }
        answer.write(Texts.blankToNull(note), now, user.username());
        if (isNew) {
            requests.persistAnswer(answer);
        }
        return saved(request, answer, before, isNew ? "CREATE" : "UPDATE");
    }

    /**
     * Adds a file to the office's answer (starting it if needed). Everything that needs no body is
     * checked before the body is read: the request and office, the answer changeable and with room
     * for one more file. State and count are checked again under the request's lock with the record.
     */
    public AnswerView upload(UUID requestId, String officeCode, String fileName, InputStream body) {
        QuarkusTransaction.requiringNew().run(() -> {
            answerable(requestId, officeCode);
            requests.answer(requestId, officeCode).ifPresent(answer -> {
                answer.requireChangeable("given a file");
                requireRoom(answer);
            });
        });
        return files.store(body, fileName, requestId, null, officeCode, user.username(),
                file -> QuarkusTransaction.requiringNew().call(() -> {
                    DocumentRequest request = requests.visibleForUpdate(user.scope(), requestId)
                            .orElseThrow(() -> DocumentRequestService.notFound(requestId));
                    OffsetDateTime now = OffsetDateTime.now(clock);
                    DocumentAnswer answer = requests.answer(requestId, officeCode).orElse(null);
                    AnswerView before = null;
                    if (answer == null) {
                        answer = new DocumentAnswer(requestId, officeCode, now, user.username());
                        requests.persistAnswer(answer);
                        requests.flush();
                    } else {
                        before = view(request, officeCode, answer);
                        requireRoom(answer);
                    }
                    answer.requireChangeable("given a file");
                    requests.persistFile(attachedTo(file, answer));
                    answer.touch(now, user.username());
                    return saved(request, answer, before, "FILE_ADDED");
                }));
    }

    /** Removes a file from a draft or returned answer; If-Match is the answer's ETag. */
    public AnswerView deleteFile(UUID requestId, String officeCode, UUID fileId, String ifMatch) {
        DocumentFile[] removed = new DocumentFile[1];
        AnswerView view = QuarkusTransaction.requiringNew().call(() -> {
            DocumentRequest request = answerable(requestId, officeCode);
            DocumentAnswer answer = existing(requestId, officeCode);
            Versions.requireCurrent(ifMatch, answer.getVersion());
            answer.requireChangeable("changed");
            DocumentFile file = fileOf(answer, fileId);
            AnswerView before = view(request, officeCode, answer);
            requests.deleteFile(file);
            answer.touch(OffsetDateTime.now(clock), user.username());
            removed[0] = file;
            return saved(request, answer, before, "FILE_REMOVED");
        });
        files.discard(removed[0], new IllegalStateException("removed file left behind"));
        return view;
    }

    /** One file of an answer the caller sees. */
    @Transactional
    public DocumentFile file(UUID requestId, String officeCode, UUID fileId) {
        DocumentRequest request = requestService.visible(requestId);
        requireOffice(request, officeCode);
        return requests.answer(requestId, officeCode).map(answer -> fileOf(answer, fileId))
                .orElseThrow(DocumentAnswerService::noSuchFile);
    }

    public InputStream open(DocumentFile file) {
        return files.open(file);
    }

    @Transactional
    public AnswerView submit(UUID requestId, String officeCode, String ifMatch) {
        DocumentRequest request = answerable(requestId, officeCode);
        return transition(request, officeCode, ifMatch, "SUBMIT", (answer, now) -> {
            if (requests.countFiles(answer.getId()) == 0) {
                throw ProblemException.unprocessable("reporting.document-answer.no-files",
                        "Attach at least one file before submitting.", "files", "required");
            }
            answer.submit(DeadlineRule.onTime(now, request.getDueOn(), clock.getZone()), now, user.username());
        });
    }

    @Transactional
    public AnswerView returnForChanges(UUID requestId, String officeCode, String ifMatch, String comment) {
        String text = Reviewed.required(comment, "comment", "Say what the office should change.");
        DocumentRequest request = requestService.reviewed(requestId);
        requireOffice(request, officeCode);
        return transition(request, officeCode, ifMatch, "RETURN", (answer, now) -> answer.returnForChanges(text, now, user.username()));
    }

    @Transactional
    public AnswerView accept(UUID requestId, String officeCode, String ifMatch, String comment) {
        DocumentRequest request = requestService.reviewed(requestId);
        requireOffice(request, officeCode);
        return transition(request, officeCode, ifMatch, "ACCEPT",
                (answer, now) -> answer.accept(Texts.blankToNull(comment), now, user.username()));
    }

    /**
     * Every submitted (or accepted) answer's files of the offices in the caller's area as one zip,
     * a folder per office named by its code and name ({@code 5201 เมืองลำปาง/แบบสำรวจ.xlsx}); a
     * draft's or a returned answer's files are not in it. Streamed from the store file by file.
     */
    @Transactional
    public List<SubmittedFile> submittedFiles(UUID requestId) {
        requestService.visible(requestId);
        return requests.submittedFiles(requestId, user.scope().prefix());
    }

    public void writeZip(List<SubmittedFile> submitted, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8)) {
            Set<String> names = new HashSet<>();
            for (SubmittedFile s : submitted) {
                String folder = s.officeCode() + geo.nameOf(s.officeCode()).map(n -> " " + n.nameTh()).orElse("");
                String name = unique(names, folder + "/" + s.file().getFileName());
                ZipEntry entry = new ZipEntry(name);
                entry.setTime(s.file().getCreatedAt().toInstant().toEpochMilli());
                zip.putNextEntry(entry);
                try (InputStream in = files.open(s.file())) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
    }

    /** Two files of an office with the same name get "(2)", "(3)" before the extension. */
    private static String unique(Set<String> taken, String name) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = name.substring(0, dot) + " (" + n + ")" + name.substring(dot);
        }
        return candidate;
    }

    private AnswerView transition(DocumentRequest request, String officeCode, String ifMatch, String action,
            BiConsumer<DocumentAnswer, OffsetDateTime> change) {
        DocumentAnswer answer = existing(request.getId(), officeCode);
        Versions.requireCurrent(ifMatch, answer.getVersion());
        AnswerView before = view(request, officeCode, answer);
        change.accept(answer, OffsetDateTime.now(clock));
        return saved(request, answer, before, action);
    }

    private AnswerView saved(DocumentRequest request, DocumentAnswer answer, AnswerView before, String action) {
        requests.flush();
        AnswerView after = view(request, answer.getOfficeCode(), answer);
        audit.record(AUDIT_TYPE, answer.getId(), request.getId(), answer.getOfficeCode(), action, before, after);
        return after;
    }

    private void requireRoom(DocumentAnswer answer) {
        if (requests.countFiles(answer.getId()) >= config.maxFilesPerAnswer()) {
            throw ProblemException.conflict("reporting.document-answer.files-limit",
                    "An answer has at most " + config.maxFilesPerAnswer() + " files.");
        }
    }

    /** The request is visible, asks the office, and the caller answers for it (403 otherwise). */
    private DocumentRequest answerable(UUID requestId, String officeCode) {
        DocumentRequest request = requestService.visible(requestId);
        requireOffice(request, officeCode);
        if (!DocumentTargets.answersFor(user.scope(), user.roles().contains(Role.ADMIN), officeCode)) {
            throw ProblemException.forbidden("reporting.document-answer.not-yours", "Only the office itself answers its request.");
        }
        return request;
    }

    /** The office is asked and lies in the caller's area: 404 otherwise. */
    private void requireOffice(DocumentRequest request, String officeCode) {
        if (officeCode == null || !officeCode.matches("[0-9]{2}|[0-9]{4}")) {
            throw ProblemException.badRequest("geo.code.malformed", "officeCode must be 2 or 4 digits.",
                    new Problem.FieldError("officeCode", "geo.code.malformed", "must be 2 or 4 digits"));
        }
        if (!DocumentTargets.asks(request, officeCode) || !user.scope().covers(officeCode) || geo.nameOf(officeCode).isEmpty()) {
            throw ProblemException.notFound("reporting.document-answer.not-found",
                    "Office " + officeCode + " is not asked by this request, or not in your area.");
        }
    }

    private DocumentAnswer existing(UUID requestId, String officeCode) {
        return requests.answer(requestId, officeCode).orElseThrow(() -> ProblemException.conflict(
                "reporting.document-answer.not-started", "The office has not started its answer yet."));
    }

    private DocumentFile fileOf(DocumentAnswer answer, UUID fileId) {
        return requests.filesOf(answer.getId()).stream().filter(f -> f.getId().equals(fileId)).findFirst()
                .orElseThrow(DocumentAnswerService::noSuchFile);
    }

    private static ProblemException noSuchFile() {
        return ProblemException.notFound("reporting.document.file-not-found", "No such file in the answer.");
    }

    private static DocumentFile attachedTo(DocumentFile file, DocumentAnswer answer) {
        file.attachTo(answer.getId());
        return file;
    }

    private AnswerView view(DocumentRequest request, String officeCode, DocumentAnswer a) {
        AreaScope scope = user.scope();
        AreaName office = geo.nameOf(officeCode).orElseThrow();
        boolean canAnswer = DocumentTargets.answersFor(scope, user.roles().contains(Role.ADMIN), officeCode)
                && (a == null || !a.frozen());
        boolean canReview = DocumentTargets.manages(scope, request);
        String base = "/api/v1/document-requests/" + request.getId() + "/answers/" + officeCode + "/files/";
        if (a == null) {
            return new AnswerView(request.getId(), office, request.getDueOn(), null,
                    requestService.standing(request, null, OffsetDateTime.now(clock)), null, List.of(), null, null, null,
                    null, null, null, null, canAnswer, canReview, 0);
        }
        AnswerState state = new AnswerState(request.getId(), officeCode, a.getState(), a.getOnTime(), a.getSubmittedAt());
        return new AnswerView(request.getId(), office, request.getDueOn(), a.getState(),
                requestService.standing(request, state, OffsetDateTime.now(clock)), a.getNote(),
                requests.filesOf(a.getId()).stream().map(f -> DocumentFiles.view(f, base + f.getId())).toList(),
                a.getSubmittedAt(), a.getSubmittedBy(), a.getOnTime(), a.getLastSubmittedAt(), a.getReviewedAt(),
                a.getReviewedBy(), a.getReviewComment(), canAnswer, canReview, a.getVersion());
    }
}
