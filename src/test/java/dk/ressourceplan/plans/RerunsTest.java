package dk.ressourceplan.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.ressourceplan.domain.ChangeSet;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.io.ChangeReader;
import dk.ressourceplan.domain.InvalidInputException;
import dk.ressourceplan.io.PlanReader;
import dk.ressourceplan.domain.ValidationError;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The term a rerun leaves is checked like a submitted term before anything is solved. */
class RerunsTest {

    @Test
    void aChangeThatLeavesAnInvalidTermIsRefusedWithThePathAfterTheChanges() throws Exception {
        PlanDocument term = PlanReader.read(Path.of("data/demo-small.json"));
        ChangeSet changes = ChangeReader.read("""
                {"effectiveDate": "2027-03-01", "changes": [{"type": "demandAdded", "demand":
                  {"id": "cot-nowhere", "type": "co-teaching", "classId": "no-such-class", "competence": "reading",
                   "lessonsPerWeek": 2}}]}
                """, term);

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> Reruns.rerun(term, changes, Duration.ofSeconds(1)));

        ValidationError error = refused.errors().get(0);
        assertEquals("afterChanges.demands[" + term.demands().size() + "].classId", error.path());
        assertEquals("after the changes: ", error.message().substring(0, "after the changes: ".length()));
        assertEquals("efter ændringerne: ", error.messageDa().substring(0, "efter ændringerne: ".length()));
    }
}
