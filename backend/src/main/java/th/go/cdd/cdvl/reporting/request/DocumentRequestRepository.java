package th.go.cdd.cdvl.reporting.request;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import th.go.cdd.cdvl.common.paging.PageParams;
import th.go.cdd.cdvl.common.paging.PageView;
import th.go.cdd.cdvl.security.AreaScope;

/**
 * Document requests a caller may see ({@link DocumentTargets}): the department all; a province
 * officer those of the department or of its province that ask its districts or every province;
 * a district officer those that ask its district (every district, or those of its province).
 */
@ApplicationScoped
public class DocumentRequestRepository implements PanacheRepositoryBase<DocumentRequest, UUID> {

    /** The visibility rule of the class comment as a condition on {@code DocumentRequest}. */
    private static final String VISIBLE = """
            (:prefix = '' or ownerArea = :prefix
              or (targetLevel = 'PROVINCE' and length(:prefix) = 2)
              or (targetLevel = 'DISTRICT' and (targetArea = '' or targetArea = substring(:prefix, 1, 2))))""";

    public Optional<DocumentRequest> visible(AreaScope scope, UUID id) {
        return find("id = :id and " + VISIBLE, Parameters.with("id", id).and("prefix", scope.prefix())).firstResultOptional();
    }

    /** The same, locked for a change of the request or one of its answers' states. */
    public Optional<DocumentRequest> visibleForUpdate(AreaScope scope, UUID id) {
        return find("id = :id and " + VISIBLE, Parameters.with("id", id).and("prefix", scope.prefix()))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    private static final java.util.Map<String, String> SORTS = java.util.Map.of("dueOn", "dueOn", "title", "title",
            "createdAt", "createdAt", "fiscalYear", "fiscalYear");

    /** A page of the visible requests of a fiscal year (null: every year), latest due first unless sorted. */
    public PageView<DocumentRequest> page(AreaScope scope, Integer fiscalYear, PageParams paging) {
        var query = find(VISIBLE + " and (:year is null or fiscalYear = :year)", paging.sort(SORTS, "-dueOn,-createdAt", "id"),
                Parameters.with("prefix", scope.prefix()).and("year", fiscalYear)).page(paging.panachePage());
        return paging.view(query.list(), query.count());
    }

    /** Requests due between the two days, for the reminders. */
    public List<DocumentRequest> dueBetween(java.time.LocalDate from, java.time.LocalDate to) {
        return find("dueOn between ?1 and ?2 order by dueOn, id", from, to).list();
    }

    public Optional<DocumentAnswer> answer(UUID requestId, String officeCode) {
        return getEntityManager().createQuery(
                "from DocumentAnswer where requestId = :request and officeCode = :office", DocumentAnswer.class)
                .setParameter("request", requestId).setParameter("office", officeCode)
                .getResultStream().findFirst();
    }

    /** The answers of a request from offices whose code starts with {@code prefix} ("" for all). */
    public List<DocumentAnswer> answersUnder(UUID requestId, String prefix) {
        return getEntityManager().createQuery("""
                from DocumentAnswer where requestId = :request and officeCode like :prefix order by officeCode""",
                DocumentAnswer.class)
                .setParameter("request", requestId).setParameter("prefix", prefix + "%").getResultList();
    }

    public void persistAnswer(DocumentAnswer answer) {
        getEntityManager().persist(answer);
    }

    public Optional<DocumentFile> template(UUID requestId) {
        return getEntityManager().createQuery("from DocumentFile where requestId = :request and answerId is null",
                DocumentFile.class).setParameter("request", requestId).getResultStream().findFirst();
    }

    public List<DocumentFile> filesOf(UUID answerId) {
        return getEntityManager().createQuery("from DocumentFile where answerId = :answer order by stored.createdAt, id",
                DocumentFile.class).setParameter("answer", answerId).getResultList();
    }

    /** The files of every answer of a request that offices under {@code prefix} have submitted (or had accepted). */
    public List<SubmittedFile> submittedFiles(UUID requestId, String prefix) {
        return getEntityManager().createQuery("""
                select new th.go.cdd.cdvl.reporting.request.DocumentRequestRepository$SubmittedFile(a.officeCode, f)
                from DocumentFile f join DocumentAnswer a on a.id = f.answerId
                where a.requestId = :request and a.officeCode like :prefix
                  and a.state in (th.go.cdd.cdvl.reporting.report.ReportState.SUBMITTED,
                                  th.go.cdd.cdvl.reporting.report.ReportState.ACCEPTED)
                order by a.officeCode, f.stored.createdAt, f.id""", SubmittedFile.class)
                .setParameter("request", requestId).setParameter("prefix", prefix + "%").getResultList();
    }

    /** Where an answer stands, without its texts. */
    public record AnswerState(UUID requestId, String officeCode, th.go.cdd.cdvl.reporting.report.ReportState state,
            Boolean onTime, OffsetDateTime submittedAt) {
    }

    /** The states of the answers to several requests from offices under {@code prefix} ("" for all). */
    public List<AnswerState> states(java.util.Collection<UUID> requestIds, String prefix) {
        if (requestIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("""
                select new th.go.cdd.cdvl.reporting.request.DocumentRequestRepository$AnswerState(
                    requestId, officeCode, state, onTime, submittedAt)
                from DocumentAnswer where requestId in :requests and officeCode like :prefix""", AnswerState.class)
                .setParameter("requests", requestIds).setParameter("prefix", prefix + "%").getResultList();
    }

    public record SubmittedFile(String officeCode, DocumentFile file) {
    }

    /** How many files each answer of a request has, by answer id. */
    public java.util.Map<UUID, Long> fileCounts(UUID requestId) {
        List<Object[]> rows = getEntityManager().createQuery("""
                select f.answerId, count(f) from DocumentFile f
                where f.requestId = :request and f.answerId is not null group by f.answerId""", Object[].class)
                .setParameter("request", requestId).getResultList();
        java.util.Map<UUID, Long> counts = new java.util.HashMap<>();
        rows.forEach(r -> counts.put((UUID) r[0], (Long) r[1]));
        return counts;
    }

    public long countFiles(UUID answerId) {
        return getEntityManager().createQuery("select count(f) from DocumentFile f where f.answerId = :answer", Long.class)
                .setParameter("answer", answerId).getSingleResult();
    }

    public void persistFile(DocumentFile file) {
        getEntityManager().persist(file);
    }

    public void deleteFile(DocumentFile file) {
        getEntityManager().remove(file);
    }

    /** Claims a reminder's once-only key; true for the one caller that inserted it. */
    public boolean claimReminder(UUID requestId, String areaCode, String kind, OffsetDateTime now) {
        return getEntityManager().createNativeQuery("""
                insert into document_reminder_sent (request_id, area_code, kind, sent_at)
                values (:request, :area, :kind, :now) on conflict do nothing""")
                .setParameter("request", requestId).setParameter("area", areaCode).setParameter("kind", kind)
                .setParameter("now", now).executeUpdate() == 1;
    }
}
