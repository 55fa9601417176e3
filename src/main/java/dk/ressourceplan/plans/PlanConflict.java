package dk.ressourceplan.plans;

/** What is asked cannot be done as the plan stands now, such as a second job for a plan that has one. */
public final class PlanConflict extends RuntimeException {

    private final String messageDa;

    public PlanConflict(String message, String messageDa) {
        super(message);
        this.messageDa = messageDa;
    }

    public String messageDa() {
        return messageDa;
    }
}
