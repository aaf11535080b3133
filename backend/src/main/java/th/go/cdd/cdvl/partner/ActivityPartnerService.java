package th.go.cdd.cdvl.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import th.go.cdd.cdvl.activity.ActivityService;
import th.go.cdd.cdvl.activity.ActivityService.ActivityRef;
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
    private final ActivityPartnerRepository activityPartners;

    public ActivityPartnerService(ActivityService activities, PartnerService partners, PartnerRepository partnerRepository,
            AuditService audit, CurrentUser user, ActivityPartnerRepository activityPartners) {
        this.activities = activities;
        this.partners = partners;
        this.partnerRepository = partnerRepository;
        this.audit = audit;
        this.user = user;
        this.activityPartners = activityPartners;
    }

    public List<PartnerView> partnersOf(UUID activityId) {
        activities.visibleRef(activityId);
        return current(activityId);
    }

    @Transactional
    public List<PartnerView> replace(UUID activityId, List<UUID> partnerIds) {
        ActivityRef activity = activities.changeableRef(activityId);
        AreaScope scope = user.scope();
        Set<UUID> wanted = new LinkedHashSet<>(partnerIds);
        for (UUID id : wanted) {
            partnerRepository.findVisible(scope,
                    id).orElseThrow(() -> ProblemException.unprocessable("partner.unknown",
                    "No partner " + id + " in your area.", "partnerIds", "not a partner in your area"));
        }
        List<UUID> before = current(activityId).stream().map(PartnerView::id).toList();
        activityPartners.replace(activityId, wanted);
        List<PartnerView> after = current(activityId);
        audit.record(AUDIT_TYPE, activityId, activityId, activity.subdistrictCode(), "UPDATE",
                java.util.Map.of("partnerIds", before), java.util.Map.of("partnerIds", after.stream().map(PartnerView::id).toList()));
        return after;
    }

    private List<PartnerView> current(UUID activityId) {
        List<UUID> ids = activityPartners.partnerIdsOf(activityId);
        if (ids.isEmpty()) {
            return List.of();
        }
        return partnerRepository.list("id in ?1", io.quarkus.panache.common.Sort.by("name"), ids).stream()
                .map(partners::shown).toList();
    }
}
