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
import th.go.cdd.cdvl.common.text.ThaiWords;
import th.go.cdd.cdvl.security.AreaScope;

/**
 * Lessons, two ways: an area's own lessons in every state (the caller's scope, in the query), and
 * the library, published lessons of every area.
 *
 * <p>The library's search is PostgreSQL's full-text search: each search term, broken into words as
 * the lesson's text was ({@link ThaiWords}), must occur as a phrase in the lesson's words (title,
 * texts and the center's name), all terms required. The SQL function {@code words_match} (migration
 * V202612041300) is inlined by PostgreSQL, so the GIN index on {@code search_vector} serves it.
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
        List<String> phrases = filter.terms().stream().map(ThaiWords::of).filter(words -> !words.isEmpty()).toList();
        for (int i = 0; i < phrases.size(); i++) {
            hql.append(" and function('words_match', l.searchVector, :term").append(i).append(") = true");
            params.and("term" + i, phrases.get(i));
        }
        return find(hql.toString(), sort, params);
    }
}
