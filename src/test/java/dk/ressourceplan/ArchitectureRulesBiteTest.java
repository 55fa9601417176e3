package dk.ressourceplan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dk.ressourceplan.api.PlannerApp;
import dk.ressourceplan.io.PlanReader;
import org.junit.jupiter.api.Test;

/**
 * {@link ArchitectureTest}'s rules catch what they are for: a class in api that opens the store and a class in io
 * that reads the solver (both kept among the tests, so the product never has them) break them, while real classes of
 * the same packages do not.
 */
class ArchitectureRulesBiteTest {

    @Test
    void aHandlerThatOpensTheStoreBreaksTheApiRule() throws ClassNotFoundException {
        assertTrue(ArchitectureTest.apiGoesThroughPlans.evaluate(classes("dk.ressourceplan.api.LayerBreach"))
                .hasViolation());
        assertFalse(ArchitectureTest.apiGoesThroughPlans.evaluate(new ClassFileImporter().importClasses(
                PlannerApp.class)).hasViolation());
    }

    @Test
    void aFormatThatReadsTheSolverBreaksTheIoRule() throws ClassNotFoundException {
        assertTrue(ArchitectureTest.ioUsesOnlyTheDomain.evaluate(classes("dk.ressourceplan.io.SolverBreach"))
                .hasViolation());
        assertFalse(ArchitectureTest.ioUsesOnlyTheDomain.evaluate(new ClassFileImporter().importClasses(
                PlanReader.class)).hasViolation());
    }

    private static JavaClasses classes(String name) throws ClassNotFoundException {
        return new ClassFileImporter().importClasses(Class.forName(name));
    }
}
