package th.go.cdd.cdvl.reporting.reminder;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import th.go.cdd.cdvl.security.AreaScope;

@ApplicationScoped
public class OfficeContactRepository implements PanacheRepositoryBase<OfficeContact, String> {

    /** The contacts of the offices in the caller's scope and under {@code areaCode} ("" for the whole scope). */
    public List<OfficeContact> under(AreaScope scope, String areaCode) {
        AreaScope.Like inArea = scope.like("areaCode", areaCode);
        return find(inArea + " order by areaCode", inArea.parameters()).list();
    }

    public Map<String, String> emailsOf(Collection<String> areaCodes) {
        return areaCodes.isEmpty() ? Map.of()
                : list("areaCode in ?1", areaCodes).stream()
                        .collect(Collectors.toMap(OfficeContact::getAreaCode, OfficeContact::getEmail));
    }
}
