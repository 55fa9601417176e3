package dk.ressourceplan.api;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.zip.GZIPOutputStream;

/**
 * Answers that are made once and kept (a plan's detail, a download) gzipped once, too. Javalin gzips an answer for
 * every client that accepts it, on every request: a 1.4 MB plan detail costs the server tens of milliseconds each
 * time a browser opens the plan, on the core the solver would have. Here the gzipped bytes are kept beside the
 * bytes they were made from, for as long as those are kept (the key is the very array, held weakly), and sent as
 * they are.
 */
final class Gzipped {

    /** Below this Javalin's own compression is left to decide (it does not compress small answers). */
    static final int MIN_BYTES = 1500;

    private static final Map<byte[], byte[]> MADE = Collections.synchronizedMap(new WeakHashMap<>());

    private Gzipped() {
    }

    /** Sends {@code body}, gzipped if the client accepts gzip and the body is worth it. */
    static void send(Context ctx, byte[] body) {
        if (body.length < MIN_BYTES || !acceptsGzip(ctx)) {
            ctx.result(body);
            return;
        }
        byte[] gzipped = MADE.computeIfAbsent(body, Gzipped::gzip);
        ctx.disableCompression();
        ctx.header(Header.CONTENT_ENCODING, "gzip").header(Header.VARY, Header.ACCEPT_ENCODING).result(gzipped);
    }

    static boolean acceptsGzip(Context ctx) {
        String accepted = ctx.header(Header.ACCEPT_ENCODING);
        if (accepted == null) {
            return false;
        }
        for (String part : accepted.split(",")) {
            String[] coding = part.strip().split(";");
            if (coding[0].strip().equalsIgnoreCase("gzip")
                    && (coding.length == 1 || !coding[1].replace(" ", "").equalsIgnoreCase("q=0"))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
