package th.go.cdd.cdvl.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import th.go.cdd.cdvl.activity.Activity;
import th.go.cdd.cdvl.activity.ActivityService;
import th.go.cdd.cdvl.common.audit.AuditService;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.partner.PartnerViews.PartnerView;
import th.go.cdd.cdvl.security.AreaScope;
import th.go.cdd.cdvl.security.CurrentUser;

/** The partners who took part in an activity: any partner the caller may see. */
@ApplicationScoped
public class ActivityPartnerService {

    static final String AUDIT_TYPE = "ACTIVITY_PARTNERS";

    private final ActivityService activities;
    private final PartnerService partners;
    private final PartnerRepository partnerRepository;
    private final AuditService audit;
    private final CurrentUser user;
    private final EntityManager em;

    public ActivityPartnerService(ActivityService activities, PartnerService partners, PartnerRepository partnerRepository,
            AuditService audit, CurrentUser user, EntityManager em) {
        this.activities = activities;
        this.partners = partners;
        this.partnerRepository = partnerRepository;
        this.audit = audit;
        this.user = user;
        this.em = em;
    }

    public List<PartnerView> partnersOf(UUID activityId) {
        activities.visible(activityId);
        return current(activityId);
    }

    @Transactional
    public List<PartnerView> replace(UUID activityId, List<UUID> partnerIds) {
        Activity activity = activities.changeable(activityId);
        AreaScope scope = user.scope();
        Set<UUID> wanted = new LinkedHashSet<>(partnerIds);
        for (UUID id : wanted) {
            partnerRepository.findVisible(scope,
                    id).orElseThrow(() -> ProblemException.unprocessable("partner.unknown",
                    "No partner " + id + " in your area.", "partnerIds", "not a partner in your area"));
        }
        List<UUID> before = current(activityId).stream().map(PartnerView::id).toList();
        em.createNativeQuery("delete from activity_partner where activity_id = :activity")
                .setParameter("activity", activityId).executeUpdate();
        for (UUID id : wanted) {
            em.createNativeQuery("insert into activity_partner (activity_id, partner_id) values (:activity, :partner)")
                    .setParameter("activity", activityId).setParameter("partner", id).executeUpdate();
        }
        List<PartnerView> after = current(activityId);
        audit.record(AUDIT_TYPE, activityId, activityId, activity.getSubdistrictCode(), "UPDATE",
                java.util.Map.of("partnerIds", before), java.util.Map.of("partnerIds", after.stream().map(PartnerView::id).toList()));
        return after;
    }

    private List<PartnerView> current(UUID activityId) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select partner_id from activity_partner where activity_id = :activity", UUID.class)
                .setParameter("activity", activityId).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        AreaScope scope = user.scope();
        return partnerRepository.list("id in ?1", io.quarkus.panache.common.Sort.by("name"), ids).stream()
                .map(partners::shown).toList();
    }
}
