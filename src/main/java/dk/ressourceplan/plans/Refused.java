package dk.ressourceplan.plans;

import dk.ressourceplan.domain.ValidationError;

/**
 * What the application will not do as asked, and why, in English and Danish: the plan or revision does not exist,
 * the request names something wrongly, the caller may not see it, or the plan is not in a state that allows it. The
 * web edge answers each kind with its status code, in one place.
 */
public final class Refused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Why {
        /** The plan, revision, school or staff member named does not exist. */
        NOT_FOUND,
        /** The request itself is wrong: a parameter out of range or naming the wrong kind of thing. */
        BAD_REQUEST,
        /** What the caller asked for exists, but it is not theirs to see. */
        FORBIDDEN,
        /** The plan is not in a state that allows it: nothing solved or published yet. */
        CONFLICT
    }

    private final Why why;
    private final transient ValidationError error;

    Refused(Why why, String path, String message, String messageDa) {
        super(message);
        this.why = why;
        this.error = new ValidationError(path, message, messageDa);
    }

    public Why why() {
        return why;
    }

    public ValidationError error() {
        return error;
    }

    static Refused unknownPlan(String planId) {
        return new Refused(Why.NOT_FOUND, "id", "There is no plan " + planId + ".",
                "Der findes ingen plan " + planId + ".");
    }

    static Refused notFound(String path, String message, String messageDa) {
        return new Refused(Why.NOT_FOUND, path, message, messageDa);
    }

    static Refused badRequest(String path, String message, String messageDa) {
        return new Refused(Why.BAD_REQUEST, path, message, messageDa);
    }

    static Refused forbidden(String path, String message, String messageDa) {
        return new Refused(Why.FORBIDDEN, path, message, messageDa);
    }

    static Refused conflict(String message, String messageDa) {
        return new Refused(Why.CONFLICT, "$", message, messageDa);
    }
}
