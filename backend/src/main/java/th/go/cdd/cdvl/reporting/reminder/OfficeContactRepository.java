package th.go.cdd.cdvl.reporting.reminder;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class OfficeContactRepository implements PanacheRepositoryBase<OfficeContact, String> {

    public Map<String, String> emailsOf(Collection<String> areaCodes) {
        return areaCodes.isEmpty() ? Map.of()
                : list("areaCode in ?1", areaCodes).stream()
                        .collect(Collectors.toMap(OfficeContact::getAreaCode, OfficeContact::getEmail));
    }
}
