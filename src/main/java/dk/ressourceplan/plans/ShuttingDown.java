package dk.ressourceplan.plans;

/** The service is stopping its jobs and takes no new one. */
public final class ShuttingDown extends RuntimeException {

    public ShuttingDown() {
        super("The server is shutting down.");
    }

    public String messageDa() {
        return "Serveren lukker ned.";
    }
}
