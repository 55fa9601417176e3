package dk.ressourceplan.api;

import dk.ressourceplan.io.ValidationError;

/** A request the API refuses: the HTTP status and the error the client reads, in English and Danish. */
final class ApiException extends RuntimeException {

    private final int status;
    private final ValidationError error;

    ApiException(int status, String path, String message, String messageDa) {
        super(message);
        this.status = status;
        this.error = new ValidationError(path, message, messageDa);
    }

    static ApiException unknownPlan(String planId) {
        return new ApiException(404, "id", "There is no plan " + planId + ".", "Der findes ingen plan " + planId + ".");
    }

    static ApiException badRequest(String path, String message, String messageDa) {
        return new ApiException(400, path, message, messageDa);
    }

    static ApiException conflict(String message, String messageDa) {
        return new ApiException(409, "$", message, messageDa);
    }

    int status() {
        return status;
    }

    ValidationError error() {
        return error;
    }
}
