package dk.ressourceplan.api;

import dk.ressourceplan.domain.ValidationError;

/** A request the API refuses: the HTTP status and the error the client reads, in English and Danish. */
final class ApiException extends RuntimeException {

    private final int status;
    private final ValidationError error;

    ApiException(int status, String path, String message, String messageDa) {
        super(message);
        this.status = status;
        this.error = new ValidationError(path, message, messageDa);
    }

    static ApiException badRequest(String path, String message, String messageDa) {
        return new ApiException(400, path, message, messageDa);
    }

    int status() {
        return status;
    }

    ValidationError error() {
        return error;
    }
}
