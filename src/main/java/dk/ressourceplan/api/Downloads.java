package dk.ressourceplan.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Downloads already made, by what they were made of. A download of a complete revision, in one format, for one
 * filter, is the same file every time, yet a school's term calendar takes a good part of a second to write: calendar
 * programs polling the feeds of a whole municipality would keep the server busy writing the same files. Kept while
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

    private final Map<Key, File> made = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    File get(Key key, Maker maker) throws IOException {
        synchronized (this) {
            File known = made.get(key);
            if (known != null) {
                return known;
            }
        }
        // Made outside the lock, so that one slow file holds up no other download.
        File file = maker.make();
        if (file.bytes().length <= MAX_BYTES / 4) {
            synchronized (this) {
                if (made.put(key, file) == null) {
                    bytes += file.bytes().length;
                }
                var eldest = made.entrySet().iterator();
                while (bytes > MAX_BYTES && eldest.hasNext()) {
                    bytes -= eldest.next().getValue().bytes().length;
                    eldest.remove();
                }
            }
        }
        return file;
    }
}
