package dk.ressourceplan.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreConcurrencyTest {

    private static final int REVISIONS_PER_THREAD = 40;

    @TempDir
    Path dataDirectory;

    @Test
    void twoThreadsAddingRevisionsToOnePlanGetDistinctNumbers() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try (SqlitePlanStore store = SqlitePlanStore.open(dataDirectory)) {
            String planId = store.createPlan("Odense", "anne", "{}").id();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Integer>>> writers = new ArrayList<>();
            for (String author : List.of("solver-1", "solver-2")) {
                writers.add(threads.submit(() -> {
                    start.await();
                    List<Integer> numbers = new ArrayList<>();
                    for (int i = 0; i < REVISIONS_PER_THREAD; i++) {
                        numbers.add(store.addRevision(planId, RevisionKind.SOLUTION, RevisionState.COMPLETE, author,
                                1, RevisionContent.of("{\"i\":" + i + "}")).number());
                    }
                    return numbers;
                }));
            }
            // A reader at the same time sees a consistent history: numbers 1..n without gaps.
            Future<Boolean> reader = threads.submit(() -> {
                start.await();
                for (int i = 0; i < REVISIONS_PER_THREAD; i++) {
                    List<Integer> numbers = store.revisions(planId).stream().map(RevisionRecord::number).toList();
                    if (!numbers.equals(IntStream.rangeClosed(1, numbers.size()).boxed().toList())) {
                        return false;
                    }
                }
                return true;
            });
            start.countDown();

            Set<Integer> numbers = new TreeSet<>();
            for (Future<List<Integer>> writer : writers) {
                numbers.addAll(writer.get());
            }
            assertEquals(IntStream.rangeClosed(2, 1 + 2 * REVISIONS_PER_THREAD).boxed().collect(Collectors.toSet()),
                    numbers);
            assertEquals(1 + 2 * REVISIONS_PER_THREAD, store.revisions(planId).size());
            assertEquals(true, reader.get());
        } finally {
            threads.shutdownNow();
        }
    }
}
