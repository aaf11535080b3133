package th.go.cdd.cdvl.learning;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import th.go.cdd.cdvl.activity.ActivityType;
import th.go.cdd.cdvl.security.AreaScope;

/**
 * Lessons, two ways: an area's own lessons in every state (the caller's scope, in the query), and
 * the library, published lessons of every area.
 *
 * <p>The library's search is an ILIKE of each search term over {@code search_text} (title, texts and
 * the center's name), all terms required. Thai is written without spaces between words, so
 * PostgreSQL's {@code to_tsvector('simple', ...)} keeps an unspaced sentence as one token and never
 * finds "ปุ๋ยหมัก" inside "ชุมชนร่วมกันทำปุ๋ยหมักจากเศษใบไม้". A {@code pg_trgm} index is not relied on:
 * whether it sees Thai depends on the database's ctype (C.UTF-8 extracts Thai trigrams; C, as the
 * shared local server is created, extracts none, so the index would hold nothing for Thai text);
 * {@code ThaiSearchTest} records which. ILIKE finds the word in either. Published lessons are few
 * enough (thousands) for the match over the published rows; a trigram index can be added where the
 * production database's ctype is UTF-8-aware, without changing this query.
 */
@ApplicationScoped
public class LessonRepository implements PanacheRepositoryBase<Lesson, UUID> {

    /** An area's list: {@code areaCode} narrows it (null: the caller's whole area). */
    public record Filter(String areaCode, Integer fiscalYear, LessonState state) {
    }

    /** The library's filters: search terms (all must match), a mission or dimension, a province, a fiscal year. */
    public record LibraryFilter(List<String> terms, ActivityType topic, String provinceCode, Integer fiscalYear) {
    }

    public Optional<Lesson> findVisible(AreaScope scope, UUID id) {
        AreaScope.Like visible = scope.like("l.subdistrictCode");
        return find("from Lesson l where " + visible + " and l.id = :id", visible.parameters().and("id", id)).firstResultOptional();
    }

    public Optional<Lesson> findPublished(UUID id) {
        return find("from Lesson l where l.state = :published and l.id = :id",
                Parameters.with("published", LessonState.PUBLISHED).and("id", id)).firstResultOptional();
    }

    public PanacheQuery<Lesson> search(AreaScope scope, Filter filter, Sort sort) {
        AreaScope.Like where = filter.areaCode() == null ? scope.like("l.subdistrictCode") : scope.like("l.subdistrictCode", filter.areaCode());
        StringBuilder hql = new StringBuilder("from Lesson l where ").append(where);
        Parameters params = where.parameters();
        if (filter.fiscalYear() != null) {
            hql.append(" and l.fiscalYear = :year");
            params.and("year", filter.fiscalYear());
        }
        if (filter.state() != null) {
            hql.append(" and l.state = :state");
            params.and("state", filter.state());
        }
        return find(hql.toString(), sort, params);
    }

    public PanacheQuery<Lesson> library(LibraryFilter filter, Sort sort) {
        StringBuilder hql = new StringBuilder("from Lesson l where l.state = :published");
        Parameters params = Parameters.with("published", LessonState.PUBLISHED);
        if (filter.provinceCode() != null) {
            AreaScope.Like province = AreaScope.Like.under("l.subdistrictCode", "province", filter.provinceCode());
            hql.append(" and ").append(province);
            province.values().forEach(params::and);
        }
        if (filter.fiscalYear() != null) {
            hql.append(" and l.fiscalYear = :year");
            params.and("year", filter.fiscalYear());
        }
        if (filter.topic() != null) {
            hql.append(" and :topic member of l.topics");
            params.and("topic", filter.topic());
        }
        for (int i = 0; i < filter.terms().size(); i++) {
            hql.append(" and l.searchText ilike :term").append(i).append(" escape '!'");
            params.and("term" + i, "%" + escaped(filter.terms().get(i)) + "%");
        }
        return find(hql.toString(), sort, params);
    }

    /** The term as a literal inside a LIKE pattern ({@code !} is the escape character). */
    private static String escaped(String term) {
        return term.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
