package th.go.cdd.cdvl.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import th.go.cdd.cdvl.center.CenterService;
import th.go.cdd.cdvl.center.CenterViews.CenterView;
import th.go.cdd.cdvl.common.audit.AuditService;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.partner.PartnerViews.PartnerLinkRequest;
import th.go.cdd.cdvl.partner.PartnerViews.PartnerLinkView;
import th.go.cdd.cdvl.security.AreaScope;
import th.go.cdd.cdvl.security.CurrentUser;

/**
 * Partner ↔ center support per fiscal year. A link lives with its center: callers see and change
 * the links of their own centers only, so a partner working in several districts shows each
 * district just its part.
 */
@ApplicationScoped
public class PartnerLinkService {

    static final String AUDIT_TYPE = "PARTNER_LINK";

    private final PartnerLinkRepository links;
    private final PartnerRepository partners;
    private final PartnerService partnerService;
    private final CenterService centers;
    private final AuditService audit;
    private final CurrentUser user;
    private final Clock clock;

    public PartnerLinkService(PartnerLinkRepository links, PartnerRepository partners, PartnerService partnerService,
            CenterService centers, AuditService audit, CurrentUser user, Clock clock) {
        this.links = links;
        this.partners = partners;
        this.partnerService = partnerService;
        this.centers = centers;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    public List<PartnerLinkView> ofCenter(UUID centerId, Integer fiscalYear) {
        centers.get(centerId);
        return views(links.ofCenter(centerId, fiscalYear));
    }

    public List<PartnerLinkView> ofPartner(UUID partnerId) {
        AreaScope scope = user.scope();
        partnerService.visible(scope, partnerId);
        return views(links.ofPartner(scope, partnerId));
    }

    @Transactional
    public PartnerLinkView create(UUID centerId, PartnerLinkRequest request) {
        CenterView center = centers.get(centerId);
        AreaScope scope = user.scope();
        partners.findVisible(scope,
                request.partnerId()).orElseThrow(() -> ProblemException.unprocessable("partner.unknown",
                "No partner " + request.partnerId() + " in your area.", "partnerId", "not a partner in your area"));
        if (links.exists(request.partnerId(), centerId, request.fiscalYear())) {
            throw ProblemException.conflict("partner.link.exists",
                    "This partner already supports this center in FY" + request.fiscalYear() + "; edit that link instead.");
        }
        requireConsistent(request);
        PartnerLink link = new PartnerLink(request.partnerId(), centerId, center.subdistrictCode(), request.fiscalYear(),
                OffsetDateTime.now(clock), user.username());
        link.describe(request.supports(), request.budgetBaht(), request.startsOn(), request.endsOn());
        links.persist(link);
        links.flush();
        PartnerLinkView created = views(List.of(link)).get(0);
        audit.record(AUDIT_TYPE, link.getId(), centerId, center.subdistrictCode(), "CREATE", null, created);
        return created;
    }

    @Transactional
    public PartnerLinkView update(UUID linkId, String ifMatch, PartnerLinkRequest request) {
        PartnerLink link = links.findInScope(user.scope(), linkId).orElseThrow(() -> ProblemException.notFound(
                "partner.link.not-found", "No partner link " + linkId + " in your area."));
        Versions.requireCurrent(ifMatch, link.getVersion());
        if (!link.getPartnerId().equals(request.partnerId()) || link.getFiscalYear() != request.fiscalYear()) {
            throw ProblemException.unprocessable("partner.link.immutable",
                    "A link keeps its partner and fiscal year; add another link instead.", "partnerId",
                    "cannot change");
        }
        requireConsistent(request);
        PartnerLinkView before = views(List.of(link)).get(0);
        link.describe(request.supports(), request.budgetBaht(), request.startsOn(), request.endsOn());
        link.touch(OffsetDateTime.now(clock), user.username());
        links.flush();
        PartnerLinkView after = views(List.of(link)).get(0);
        audit.record(AUDIT_TYPE, linkId, link.getCenterId(), link.getSubdistrictCode(), "UPDATE", before, after);
        return after;
    }

    private static void requireConsistent(PartnerLinkRequest r) {
        if (r.budgetBaht() != null && !r.supports().contains(SupportKind.BUDGET)) {
            throw ProblemException.unprocessable("partner.link.budget-without-support",
                    "A budget amount goes with BUDGET support.", "budgetBaht", "needs BUDGET support");
        }
        if (r.startsOn() != null && r.endsOn() != null && r.startsOn().isAfter(r.endsOn())) {
            throw ProblemException.unprocessable("partner.link.dates", "The link ends before it starts.", "endsOn",
                    "before startsOn");
        }
    }

    /** Partner and center names for a batch of links, in two queries. */
    private List<PartnerLinkView> views(List<PartnerLink> batch) {
        Set<UUID> partnerIds = batch.stream().map(PartnerLink::getPartnerId).collect(Collectors.toSet());
        Map<UUID, Partner> byId = partnerIds.isEmpty() ? Map.of()
                : partners.list("id in ?1", partnerIds).stream().collect(Collectors.toMap(Partner::getId, Function.identity()));
        Map<UUID, String> centerNames = centers.names(batch.stream().map(PartnerLink::getCenterId).collect(Collectors.toSet()));
        return batch.stream().map(l -> {
            Partner p = byId.get(l.getPartnerId());
            return new PartnerLinkView(l.getId(), l.getPartnerId(), p.getName(), p.getSector(), l.getCenterId(),
                    centerNames.get(l.getCenterId()), l.getSubdistrictCode(), l.getFiscalYear(), l.supports(),
                    l.getBudgetBaht(), l.getStartsOn(), l.getEndsOn(), l.getVersion(), l.getUpdatedAt(), l.getUpdatedBy());
        }).toList();
    }
}
