package dk.ressourceplan.api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors the web server answers by itself, before any route sees the request: an address it refuses
 * ({@code /%c0%ae}, {@code /../x}, a backslash) or a request it cannot parse. They get the same security headers as
 * every other answer and the API's error shape, in the caller's words, instead of Jetty's page naming its own
 * internals.
 */
final class ServerErrors extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ERROR_STATUS) instanceof Integer given ? given : response.getStatus();
        headers(response.getHeaders());
        response.setStatus(status);
        response.write(true, body(status), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        headers(fields);
        return body(status);
    }

    private static void headers(HttpFields.Mutable fields) {
        SecurityHeaders.ALWAYS.forEach(fields::put);
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    }

    private static ByteBuffer body(int status) {
        String message;
        String messageDa;
        if (status >= 500) {
            message = "Something went wrong on the server; the details are in the server's log.";
            messageDa = "Der gik noget galt på serveren; detaljerne står i serverens log.";
        } else if (status == 404) {
            message = "There is nothing at this address.";
            messageDa = "Der er intet på denne adresse.";
        } else {
            message = "The request could not be read: its address or headers are not valid (" + status + ").";
            messageDa = "Forespørgslen kunne ikke læses: adressen eller dens headere er ikke gyldige (" + status + ").";
        }
        String json = "{\"errors\":[{\"path\":\"$\",\"message\":\"" + message + "\",\"messageDa\":\"" + messageDa
                + "\"}]}";
        return ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8));
    }
}
