package dk.ressourceplan.plans;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Downloads already made, by what they were made of. A download of a complete revision, in one format, for one
 * filter, is the same file every time, yet a school's term calendar takes a good part of a second to write: calendar
 * programs polling the feeds of a whole municipality would keep the server busy writing the same files, and many
 * school leaders opening a newly published plan at once would all write the same file at the same time. Kept while
 * they fit in {@link #MAX_BYTES}, least recently used first out; a file larger than a quarter of that is not kept.
 */
final class Downloads {

    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** What a download is made of: a revision (by its store id), the format, the filter, and who sees the KPIs. */
    record Key(String revisionId, String format, String filter, boolean wholePlanFigures) {
    }

    record File(byte[] bytes, String name) {
    }

    @FunctionalInterface
    interface Maker {
        File make() throws IOException;
    }

    /** Each download made or being made; a request for one being made waits for it instead of making it too. */
    private final Map<Key, CompletableFuture<File>> made = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    /** How many downloads are kept, made or being made. */
    synchronized int size() {
        return made.size();
    }

    File get(Key key, Maker maker) throws IOException {
        CompletableFuture<File> file;
        boolean ours = false;
        synchronized (this) {
            file = made.get(key);
            if (file == null) {
                file = new CompletableFuture<>();
                made.put(key, file);
                ours = true;
            }
        }
        if (ours) {
            make(key, maker, file);
        }
        try {
            return file.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /** Made outside the lock, so that one slow file holds up no other download. */
    private void make(Key key, Maker maker, CompletableFuture<File> file) {
        File done;
        try {
            done = maker.make();
        } catch (IOException | RuntimeException | Error e) {
            // Those waiting for the file get the failure too, and the next request tries again.
            synchronized (this) {
                made.remove(key, file);
            }
            file.completeExceptionally(e);
            return;
        }
        synchronized (this) {
            if (done.bytes().length > MAX_BYTES / 4) {
                made.remove(key, file);
            } else {
                bytes += done.bytes().length;
                Iterator<CompletableFuture<File>> eldest = made.values().iterator();
                while (bytes > MAX_BYTES && eldest.hasNext()) {
                    CompletableFuture<File> old = eldest.next();
                    if (old.isDone() && old != file) {
                        bytes -= old.join().bytes().length;
                        eldest.remove();
                    }
                }
            }
        }
        file.complete(done);
    }
}
