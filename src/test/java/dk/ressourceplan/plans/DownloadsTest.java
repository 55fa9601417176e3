package dk.ressourceplan.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DownloadsTest {

    private final Downloads downloads = new Downloads();
    private final AtomicInteger made = new AtomicInteger();

    @Test
    void aDownloadIsMadeOncePerRevisionFormatFilterAndView() throws IOException {
        Downloads.Key key = new Downloads.Key("rev1", "ICS", "OneSchool[schoolId=s01]", true);

        Downloads.File first = downloads.get(key, () -> file(10));
        Downloads.File again = downloads.get(key, () -> file(10));
        downloads.get(new Downloads.Key("rev1", "ICS", "OneSchool[schoolId=s01]", false), () -> file(10));
        downloads.get(new Downloads.Key("rev2", "ICS", "OneSchool[schoolId=s01]", true), () -> file(10));

        assertSame(first, again);
        assertEquals(3, made.get());
    }

    @Test
    void theLeastRecentlyUsedGoFirstWhenTheyNoLongerFitAndAHugeOneIsNotKept() throws IOException {
        int quarter = (int) (Downloads.MAX_BYTES / 4);
        for (int i = 0; i < 5; i++) {
            downloads.get(new Downloads.Key("rev" + i, "CSV", "WholePlan[]", true), () -> file(quarter));
        }
        downloads.get(new Downloads.Key("huge", "CSV", "WholePlan[]", true), () -> file(quarter + 1));
        made.set(0);

        downloads.get(new Downloads.Key("rev0", "CSV", "WholePlan[]", true), () -> file(1));
        downloads.get(new Downloads.Key("rev4", "CSV", "WholePlan[]", true), () -> file(1));
        downloads.get(new Downloads.Key("huge", "CSV", "WholePlan[]", true), () -> file(1));

        assertEquals(2, made.get(), "the oldest and the huge one were made again, the newest was kept");
    }

    @Test
    void requestsForADownloadBeingMadeWaitForItInsteadOfMakingItToo() throws Exception {
        Downloads.Key key = new Downloads.Key("rev1", "ICS", "WholePlan[]", true);
        CountDownLatch making = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            Future<Downloads.File> first = threads.submit(() -> downloads.get(key, () -> {
                making.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                return file(10);
            }));
            making.await();
            List<Future<Downloads.File>> others = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                others.add(threads.submit(() -> downloads.get(key, () -> file(10))));
            }
            release.countDown();

            for (Future<Downloads.File> other : others) {
                assertSame(first.get(), other.get());
            }
            assertEquals(1, made.get());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aFailedDownloadIsTriedAgainByTheNextRequest() throws IOException {
        Downloads.Key key = new Downloads.Key("rev1", "XLSX", "WholePlan[]", true);

        assertThrows(IOException.class, () -> downloads.get(key, () -> {
            throw new IOException("disk full");
        }));

        assertEquals(10, downloads.get(key, () -> file(10)).bytes().length);
    }

    private Downloads.File file(int size) {
        made.incrementAndGet();
        return new Downloads.File(new byte[size], "plan.csv");
    }
}
