package dk.ressourceplan;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The arrows between the packages run one way (docs/architecture.md): api → plans → solver, io, store → domain;
 * bench uses solver, io and domain; Main, the command line, may use anything. Every rule here holds today and
 * fails the build when broken.
 */
@AnalyzeClasses(packages = "dk.ressourceplan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String DOMAIN = "dk.ressourceplan.domain..";
    private static final String SOLVER = "dk.ressourceplan.solver..";
    private static final String IO = "dk.ressourceplan.io..";
    private static final String STORE = "dk.ressourceplan.store..";
    private static final String PLANS = "dk.ressourceplan.plans..";
    private static final String API = "dk.ressourceplan.api..";
    private static final String BENCH = "dk.ressourceplan.bench..";

    @ArchTest
    static final ArchRule domainUsesNothingOfTheProjectButItself = usesOnlyItselfAndTheDomain(DOMAIN)
            .because("the plan document and its contract are what every other package shares");

    @ArchTest
    static final ArchRule ioUsesOnlyTheDomain = usesOnlyItselfAndTheDomain(IO)
            .because("formats know the document, not how it is solved or kept");

    @ArchTest
    static final ArchRule solverUsesOnlyTheDomain = usesOnlyItselfAndTheDomain(SOLVER)
            .because("the solver takes valid documents and leaves reading, checking and keeping them to others");

    @ArchTest
    static final ArchRule storeUsesOnlyTheDomain = usesOnlyItselfAndTheDomain(STORE)
            .because("persistence keeps documents as they are given");

    @ArchTest
    static final ArchRule benchUsesSolverIoAndDomain = noClasses().that().resideInAPackage(BENCH)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, PLANS, API)
            .because("the benchmark measures the solver on generated terms, without the service");

    @ArchTest
    static final ArchRule onlyTheEdgesUseTheApi = noClasses().that().resideOutsideOfPackage(API)
            .and().doNotBelongToAnyOf(Main.class)
            .should().dependOnClassesThat(resideInAnyPackage(API))
            .because("api is the web edge: nothing below it may know of it");

    @ArchTest
    static final ArchRule apiGoesThroughPlans = noClasses().that().resideInAPackage(API)
            .should().dependOnClassesThat().resideInAnyPackage(SOLVER, IO, STORE)
            .because("the application (submit, solve, rerun, publish, export) belongs in plans, not in the handlers");

    private static ArchRule usesOnlyItselfAndTheDomain(String layer) {
        return classes().that().resideInAPackage(layer).should().onlyDependOnClassesThat(
                resideOutsideOfPackage("dk.ressourceplan..").or(resideInAnyPackage(layer, DOMAIN)));
    }
}
