package th.go.cdd.cdvl.activity;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Photos are reached only through an activity the caller may see. */
@ApplicationScoped
public class ActivityPhotoRepository implements PanacheRepositoryBase<ActivityPhoto, UUID> {

    public List<ActivityPhoto> ofActivity(UUID activityId) {
        return list("activityId = ?1 order by createdAt, id", activityId);
    }

    public Optional<ActivityPhoto> findOf(UUID activityId, UUID photoId) {
        return find("id = ?1 and activityId = ?2", photoId, activityId).firstResultOptional();
    }

    /**
     * Locks the activity's row until the transaction ends, so two uploads at once cannot both see
     * room for one more photo.
     */
    public void lockActivity(UUID activityId) {
        getEntityManager().createNativeQuery("select id from activity where id = ?1 for update")
                .setParameter(1, activityId)
                .getResultList();
    }

    public long countOf(UUID activityId) {
        return count("activityId", activityId);
    }
}
