package dk.ressourceplan.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.io.SyntheticMunicipality;
import dk.ressourceplan.io.workbook.TermWorkbook;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Uploads are read a few at a time; one more waits briefly for its turn and is then told to try again. */
class TermUploadsTest {

    private static final PlanDocument TERM = SyntheticMunicipality.generate(1, 5);

    @Test
    void anUploadBeyondTheLimitIsTurnedAwayWithoutItsBodyBeingRead() throws Exception {
        TermUploads.Turns turns = new TermUploads.Turns(1, Duration.ofMillis(200));
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<PlanDocument> first = CompletableFuture.supplyAsync(() -> turns.read(() -> {
            reading.countDown();
            await(finish);
            return json(TERM);
        }, "application/json"));
        reading.await();

        AtomicBoolean bodyRead = new AtomicBoolean();
        UploadsBusy busy = assertThrows(UploadsBusy.class, () -> turns.read(() -> {
            bodyRead.set(true);
            return json(TERM);
        }, "application/json"));
        assertFalse(bodyRead.get(), "a caller that waits holds no body");
        assertTrue(busy.retryAfterSeconds() > 0);
        assertTrue(busy.messageDa().contains("prøv igen om"), busy.messageDa());

        finish.countDown();
        assertEquals(TERM.problem(), first.get().problem());
        assertEquals(TERM.problem(), turns.read(() -> json(TERM), "application/json").problem(),
                "the turn is free again once the first upload is read");
    }

    @Test
    void aTurnIsGivenBackWhenTheUploadIsRefused() {
        TermUploads.Turns turns = new TermUploads.Turns(1, Duration.ofMillis(200));
        for (int i = 0; i < 3; i++) {
            assertThrows(RuntimeException.class, () -> turns.read(() -> "{".getBytes(), "application/json"));
        }
        assertThrows(RuntimeException.class, () -> turns.read(() -> {
            throw new IllegalStateException("the body could not be read");
        }, null));
        assertEquals(TERM.problem(), turns.read(() -> json(TERM), null).problem());
    }

    @Test
    void aWorkbookIsToldApartFromJsonByItsBytes() throws Exception {
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        TermWorkbook.write(TERM, workbook);
        assertEquals(TERM.problem(), TermUploads.read(workbook::toByteArray, "application/octet-stream").problem());
        assertEquals(TERM.problem(), TermUploads.read(() -> json(TERM), null).problem());
    }

    private static byte[] json(PlanDocument document) {
        try {
            return Json.mapper().writeValueAsBytes(document);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
