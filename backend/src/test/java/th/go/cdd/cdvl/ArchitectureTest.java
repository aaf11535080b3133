package th.go.cdd.cdvl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import th.go.cdd.cdvl.common.error.ProblemException;

/**
 * The layering rules of ARCHITECTURE.md and STYLE.md, checked on the compiled main classes: SQL only
 * in repositories, features only through each other's services and views, transactions only below
 * the resources, HTTP statuses only in the problem factories. A plain JUnit test (no Quarkus boot):
 * it reads class files.
 */
class ArchitectureTest {

    private static final String ROOT = "th.go.cdd.cdvl";

    static final List<String> FEATURES = List.of("activity", "calendar", "center", "evaluation", "geo", "learning", "partner", "planning", "reporting");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** A class named *Repository, or one nested in it (its filters and rows). */
    private static final DescribedPredicate<JavaClass> REPOSITORY = DescribedPredicate.describe("a *Repository",
            ArchitectureTest::isRepository);

    /**
     * Where SQL may be written and run: repositories, the plain JDBC reads ({@code common.sql}), and
     * the exceptions below, each for a reason.
     */
    private static final DescribedPredicate<JavaClass> MAY_USE_SQL = DescribedPredicate.describe(
            "a *Repository, common.sql or an allowed exception", c -> isRepository(c)
                    || c.getPackageName().equals(ROOT + ".common.sql")
                    // reads java.sql.SQLException (state, cause chain) to answer 503 when the database is
                    // away; it runs no SQL
                    || c.getName().startsWith(ROOT + ".common.error.DatabaseUnavailable")
                    || c.getName().startsWith(ROOT + ".common.error.ProblemMappers")
                    // the JdbcReads.RowReader of CenterRepository.page: reads one positioned ResultSet row
                    // into a CenterView with area names from GeoService; it opens and runs nothing
                    || c.getName().equals(ROOT + ".center.CenterMapper"));

    @Test
    void sqlOnlyInRepositories() {
        ArchRule rule = noClasses().that(DescribedPredicate.not(MAY_USE_SQL))
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().callMethodWhere(DescribedPredicate.describe("createNativeQuery",
                        call -> call.getTarget().getName().equals("createNativeQuery")))
                .because("SQL, the EntityManager and JDBC belong in the feature's *Repository (or common.sql for "
                        + "plain JDBC reads): add a repository method taking the AreaScope and call it from the service");
        rule.check(MAIN);
    }

    @ParameterizedTest
    @FieldSource("FEATURES")
    void featuresReachOthersOnlyThroughServicesAndViews(String feature) {
        String own = ROOT + "." + feature;
        ArchRule rule = noClasses().that().resideInAPackage(own + "..")
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "are @Entity or *Repository classes of another feature",
                        c -> inOtherFeature(c, feature) && (isEntity(c) || isRepository(c))))
                .because("a feature reaches another only through its service and views: call the other feature's "
                        + "*Service and have it return a view record (or an id), never its entity or repository");
        rule.check(MAIN);
    }

    private static final String NO_TRANSACTIONS_IN_RESOURCES = "resources stay thin: put @Transactional (or "
            + "QuarkusTransaction) on the service method the resource calls";

    @Test
    void resourcesHoldNoTransactions() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().beAnnotatedWith(Transactional.class)
                .orShould().dependOnClassesThat().areAssignableTo(QuarkusTransaction.class)
                .because(NO_TRANSACTIONS_IN_RESOURCES)
                .check(MAIN);
    }

    @Test
    void resourceMethodsAreNotTransactional() {
        noMethods().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Resource")
                .should().beAnnotatedWith(Transactional.class)
                .because(NO_TRANSACTIONS_IN_RESOURCES)
                .check(MAIN);
    }

    /**
     * Features never pick an HTTP status: they throw through the named factories
     * ({@code ProblemException.unprocessable}, {@code conflict}, {@code notFound}, {@code Versions.stale} …),
     * so a rule's answer is chosen in one place and reads as what it means.
     */
    @Test
    void onlyTheProblemFactoriesChooseStatusCodes() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".common.error..", ROOT + ".common.version..")
                .should().callConstructorWhere(DescribedPredicate.describe("a ProblemException constructor",
                        call -> call.getTargetOwner().isEquivalentTo(ProblemException.class)))
                .because("a service states the rule that refused the request; ProblemException's factories "
                        + "(or a new one beside them) turn it into a status and a title")
                .check(MAIN);
    }

    private static boolean isRepository(JavaClass c) {
        for (Optional<JavaClass> k = Optional.of(c); k.isPresent(); k = k.get().getEnclosingClass()) {
            if (k.get().getSimpleName().endsWith("Repository")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEntity(JavaClass c) {
        return c.isAnnotatedWith(Entity.class);
    }

    private static boolean inOtherFeature(JavaClass c, String feature) {
        String name = c.getPackageName();
        return FEATURES.stream().filter(f -> !f.equals(feature))
                .anyMatch(f -> name.equals(ROOT + "." + f) || name.startsWith(ROOT + "." + f + "."));
    }
}
