package th.go.cdd.cdvl.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.contract.ContractFixtures.FixtureSet;
import th.go.cdd.cdvl.contract.OpenApiContract.Operation;
import th.go.cdd.cdvl.contract.Wire.Answer;

/**
 * Personal data (PDPA) against the contract: every read whose answer schema reaches a field marked
 * {@code x-personal-data} is called by each kind of reader on records of Mae Tha (5209), and
 * <ul>
 * <li>every such answer is {@code Cache-Control: no-store};</li>
 * <li>no answer holds a personal field of a kind the reader may not read ({@code PersonalData}):
 * a viewer no contacts, an api-client without {@code api-client-personal-data} nothing;</li>
 * <li>the readers who may read a kind find it in some answer, so the check cannot pass by finding
 * nothing.</li>
 * </ul>
 * A new operation that returns a member, a center or a partner is covered without being named here.
 */
@QuarkusTest
class PersonalDataContractTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.load();
    private static FixtureSet maeTha;

    @Inject
    ContractFixtures fixtures;

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void maeThaRecords() {
        if (maeTha == null) {
            maeTha = fixtures.in("520902", "แม่ทะ");
        }
    }

    @Test
    void theContractMarksNamesAndContacts() {
        assertThat(CONTRACT.personalFields()).containsEntry("fullName", "name").containsEntry("phone", "contact")
                .containsEntry("contactPerson", "contact").containsEntry("contactPhone", "contact");
        assertThat(personalReads()).extracting(Operation::operationId)
                .contains("listCenterMembers", "getCenterMember", "getCenter", "listCenters", "listPartners", "getPartner");
    }

    @Test
    @TestSecurity(user = "pdpa.district5209", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5209"))
    void anOfficerOfTheAreaReadsNamesAndContacts() {
        check(Set.of("name", "contact"));
    }

    @Test
    @TestSecurity(user = "pdpa.viewer52", roles = "viewer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void aViewerReadsNamesButNoContacts() {
        check(Set.of("name"));
    }

    @Test
    @TestSecurity(user = "service-account-pdpa", roles = "api-client")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "TH"))
    void anotherSystemReadsNoPersonalData() {
        check(Set.of());
    }

    @Test
    @TestSecurity(user = "service-account-pdpa-agreement", roles = {"api-client", "api-client-personal-data"})
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void anotherSystemWithAnAgreementReadsBoth() {
        check(Set.of("name", "contact"));
    }

    private static List<Operation> personalReads() {
        return CONTRACT.operations().stream().filter(Operation::isRead).filter(CONTRACT::answersPersonalData).toList();
    }

    private void check(Set<String> readable) {
        Map<String, String> personal = CONTRACT.personalFields();
        BadInputs requests = new BadInputs(CONTRACT, maeTha);
        Wire wire = new Wire(root.toString());
        List<String> failures = new ArrayList<>();
        Set<String> kindsSeen = new TreeSet<>();
        Map<String, Integer> statuses = new TreeMap<>();
        for (Operation op : personalReads()) {
            Answer answer = wire.send(requests.valid(op), "\"0\"");
            statuses.merge(op.operationId() + " " + answer.status(), 1, Integer::sum);
            if (answer.status() != 200) {
                failures.add(op.key() + ": " + answer.status() + " " + answer.excerpt());
                continue;
            }
            if (!answer.cacheControl().orElse("").contains("no-store")) {
                failures.add(op.key() + ": Cache-Control " + answer.cacheControl().orElse("(none)") + ", not no-store");
            }
            List<String> found = new ArrayList<>();
            collect(answer.json(), personal, found);
            for (String field : found) {
                String kind = personal.get(field);
                kindsSeen.add(kind);
                if (!readable.contains(kind)) {
                    failures.add(op.key() + ": answers " + field + " (" + kind + ")");
                }
            }
        }
        System.out.printf("[personal-data %s] %s; kinds seen %s%n", readable, statuses, kindsSeen);
        assertThat(failures).as("personal data shown to a reader who may not read it:%n  %s",
                String.join("\n  ", failures)).isEmpty();
        assertThat(kindsSeen).as("kinds of personal data found in the answers").isEqualTo(readable);
    }

    /** The personal fields with a value anywhere in the answer. */
    private static void collect(JsonNode node, Map<String, String> personal, List<String> found) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (personal.containsKey(field.getKey()) && !field.getValue().isNull()) {
                    found.add(field.getKey());
                }
                collect(field.getValue(), personal, found);
            });
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, personal, found));
        }
    }
}
