package dk.ressourceplan.store;

/** The database could not do what was asked; the message says what that was. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
