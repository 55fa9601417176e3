package dk.ressourceplan.api;

import io.javalin.http.Context;

/** A file the browser saves rather than shows. */
final class Downloads {

    private Downloads() {
    }

    static void send(Context ctx, byte[] bytes, String fileName, String mediaType) {
        ctx.contentType(mediaType).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        if (mediaType.contains("spreadsheetml")) {
            // A workbook is a zip file already: gzipping it again would cost time and save nothing.
            ctx.disableCompression().result(bytes);
        } else {
            Gzipped.send(ctx, bytes);
        }
    }
}
