package th.go.cdd.cdvl.center;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import th.go.cdd.cdvl.security.AreaScope;

@ApplicationScoped
public class OperatingPointRepository implements PanacheRepositoryBase<OperatingPoint, String> {

    public Optional<OperatingPoint> findInScope(AreaScope scope, String districtCode) {
        AreaScope.Like inScope = scope.like("districtCode");
        return find("districtCode = :code and " + inScope, inScope.parameters().and("code", districtCode))
                .firstResultOptional();
    }

    /** The operating points of every district under {@code areaCode} (which the caller's scope must cover). */
    public List<OperatingPoint> under(AreaScope scope, String areaCode) {
        AreaScope.Like inArea = scope.like("districtCode", areaCode);
        return list(inArea.sql(), inArea.parameters());
    }
}
