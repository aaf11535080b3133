package th.go.cdd.cdvl.learning;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import th.go.cdd.cdvl.activity.ActivityType;
import th.go.cdd.cdvl.common.text.ThaiWords;
import th.go.cdd.cdvl.common.version.CreatedAndTracked;

/**
 * A lesson learned (บทเรียน, guideline step 6) from what a center did: the problem, what was done,
 * the results, the success factors and advice for others. Its state moves as {@link LessonReview} says.
 */
@Entity
public class Lesson extends CreatedAndTracked {

    @Id
    private UUID id;

    @Column(name = "center_id")
    private UUID centerId;

    @Column(name = "subdistrict_code")
    private String subdistrictCode;

    @Column(name = "fiscal_year")
    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    private LessonState state;

    private String title;

    private String problem;

    private String actions;

    private String results;

    @Column(name = "success_factors")
    private String successFactors;

    private String advice;

    @Column(name = "review_note")
    private String reviewNote;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "search_text")
    private String searchText;

    /** {@code searchText}'s words, one space apart ({@link ThaiWords}): what the library's full-text index holds. */
    @Column(name = "search_words")
    private String searchWords;

    /**
     * The index's document, which PostgreSQL generates from {@code searchWords}: mapped only so that
     * queries can name it ({@link LessonRepository#library}), never written and never loaded.
     */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "search_vector", columnDefinition = "tsvector", insertable = false, updatable = false)
    private String searchVector;

    @ElementCollection
    @CollectionTable(name = "lesson_topic", joinColumns = @JoinColumn(name = "lesson_id"))
    @Column(name = "topic")
    @Enumerated(EnumType.STRING)
    private Set<ActivityType> topics = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "lesson_activity", joinColumns = @JoinColumn(name = "lesson_id"))
    @Column(name = "activity_id")
    private Set<UUID> activityIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "lesson_partner", joinColumns = @JoinColumn(name = "lesson_id"))
    private Set<LessonPartner> partners = new LinkedHashSet<>();

    protected Lesson() {
    }

    Lesson(UUID centerId, String subdistrictCode, int fiscalYear, OffsetDateTime now, String actor) {
        this.id = UUID.randomUUID();
        this.centerId = centerId;
        this.subdistrictCode = subdistrictCode;
        this.fiscalYear = fiscalYear;
        this.state = LessonState.DRAFT;
        created(now, actor);
    }

    /** The story; {@code searchText} is what the library searches (the texts and the center's name). */
    void describe(String title, String problem, String actions, String results, String successFactors, String advice,
            Set<ActivityType> topics, Set<UUID> activityIds, Set<LessonPartner> partners, String searchText) {
        this.title = title;
        this.problem = problem;
        this.actions = actions;
        this.results = results;
        this.successFactors = successFactors;
        this.advice = advice;
        this.topics.retainAll(topics);
        this.topics.addAll(topics);
        this.activityIds.retainAll(activityIds);
        this.activityIds.addAll(activityIds);
        this.partners.retainAll(partners);
        this.partners.addAll(partners);
        this.searchText = searchText;
        this.searchWords = ThaiWords.of(searchText);
    }

    /** Moves to {@code next} as {@link LessonReview} allows; {@code note} is the comment or reason, if any. */
    void move(LessonState next, String note, OffsetDateTime now) {
        switch (next) {
            case SUBMITTED -> {
                submittedAt = now;
                reviewNote = null;
            }
            case PUBLISHED -> {
                publishedAt = now;
                reviewNote = null;
            }
            case RETURNED, WITHDRAWN -> reviewNote = note;
            default -> throw new IllegalArgumentException("no move to " + next);
        }
        this.state = next;
    }

    public UUID getId() {
        return id;
    }

    public UUID getCenterId() {
        return centerId;
    }

    public String getSubdistrictCode() {
        return subdistrictCode;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public LessonState getState() {
        return state;
    }

    public String getTitle() {
        return title;
    }

    public String getProblem() {
        return problem;
    }

    public String getActions() {
        return actions;
    }

    public String getResults() {
        return results;
    }

    public String getSuccessFactors() {
        return successFactors;
    }

    public String getAdvice() {
        return advice;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public Set<ActivityType> getTopics() {
        return topics;
    }

    public Set<UUID> getActivityIds() {
        return activityIds;
    }

    public Set<LessonPartner> getPartners() {
        return partners;
    }
}
