package th.go.cdd.cdvl.center;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import th.go.cdd.cdvl.security.AreaScope;

@ApplicationScoped
public class OperatingPointRepository implements PanacheRepositoryBase<OperatingPoint, String> {

    public Optional<OperatingPoint> findInScope(AreaScope scope, String districtCode) {
        return find("districtCode = :code and districtCode like :scope",
                Parameters.with("code", districtCode).and("scope", scope.prefix() + "%")).firstResultOptional();
    }

    /** The operating points of every district under {@code areaCode} (which the caller's scope must cover). */
    public List<OperatingPoint> under(AreaScope scope, String areaCode) {
        return list("districtCode like :scope and districtCode like :area",
                Parameters.with("scope", scope.prefix() + "%").and("area", areaCode + "%"));
    }
}
