package th.go.cdd.cdvl.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The partners who took part in an activity (table activity_partner). Callers check first that the
 * activity is in the caller's area (ActivityService) and the partners visible (PartnerRepository).
 */
@ApplicationScoped
public class ActivityPartnerRepository {

    private final EntityManager em;

    public ActivityPartnerRepository(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public List<UUID> partnerIdsOf(UUID activityId) {
        return em.createNativeQuery("select partner_id from activity_partner where activity_id = :activity", UUID.class)
                .setParameter("activity", activityId).getResultList();
    }

    /** Makes {@code partnerIds} the activity's partners, in place of those it had. */
    public void replace(UUID activityId, Collection<UUID> partnerIds) {
        em.createNativeQuery("delete from activity_partner where activity_id = :activity")
                .setParameter("activity", activityId).executeUpdate();
        for (UUID id : partnerIds) {
            em.createNativeQuery("insert into activity_partner (activity_id, partner_id) values (:activity, :partner)")
                    .setParameter("activity", activityId).setParameter("partner", id).executeUpdate();
        }
    }
}
