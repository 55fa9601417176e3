package dk.ressourceplan.plans;

import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.io.InputValidator;
import dk.ressourceplan.io.PlanReader;
import dk.ressourceplan.io.workbook.TermWorkbook;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A submitted term read from its upload, JSON or the planners' workbook, at most {@link #AT_ONCE} at a time in the
 * whole process. Reading one costs memory in proportion to the upload (its body of up to the body limit, and a
 * workbook's cells up to {@code TermWorkbook}'s cell limit, or a JSON document's tree), so the number read at once
 * bounds the memory all uploads together can take, whatever the number of callers: one more waits up to
 * {@link #WAIT} for its turn and is then turned away with {@link UploadsBusy}, to try again.
 *
 * <p>The body is read only once the turn is there, so that callers waiting hold no bodies. One heap serves every
 * service in the process, hence one limit for them all.
 */
public final class TermUploads {

    public static final int AT_ONCE = 2;
    static final Duration WAIT = Duration.ofSeconds(10);
    private static final Turns TURNS = new Turns(AT_ONCE, WAIT);

    private TermUploads() {
    }

    /**
     * The term in {@code body}: a workbook if {@code contentType} says so or the bytes start like one, else JSON,
     * validated whole (every problem at once) and refused if it has dated absences.
     *
     * @throws UploadsBusy when {@link #AT_ONCE} other uploads were still being read after {@link #WAIT}
     */
    public static PlanDocument read(Supplier<byte[]> body, String contentType) {
        return TURNS.read(body, contentType);
    }

    /** Uploads read in turn, {@code atOnce} at a time, each waiting at most {@code wait} for its turn. */
    static final class Turns {

        private final Semaphore turns;
        private final Duration wait;

        Turns(int atOnce, Duration wait) {
            this.turns = new Semaphore(atOnce, true);
            this.wait = wait;
        }

        PlanDocument read(Supplier<byte[]> body, String contentType) {
            int retryAfter = (int) Math.max(1, wait.toSeconds());
            try {
                if (!turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new UploadsBusy(retryAfter);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UploadsBusy(retryAfter);
            }
            try {
                byte[] bytes = body.get();
                boolean workbook = TermWorkbook.CONTENT_TYPE.equals(contentType) || TermWorkbook.looksLikeWorkbook(bytes);
                PlanDocument problem = workbook ? TermWorkbook.read(bytes) : PlanReader.read(bytes);
                return problem;
            } finally {
                turns.release();
            }
        }
    }
}
