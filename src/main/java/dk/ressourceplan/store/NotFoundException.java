package dk.ressourceplan.store;

/** A change named a plan or a revision that does not exist, or a plan that was deleted. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
