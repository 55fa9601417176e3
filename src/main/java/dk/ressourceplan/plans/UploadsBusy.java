package dk.ressourceplan.plans;

/** {@link TermUploads} is reading as many uploads as it may at once; the caller may try again after a while. */
public final class UploadsBusy extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int retryAfterSeconds;

    UploadsBusy(int retryAfterSeconds) {
        super("The server is reading other uploaded terms; try again in " + retryAfterSeconds + " seconds.", null,
                false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public String messageDa() {
        return "Serveren er i gang med at læse andre indsendte planperioder; prøv igen om " + retryAfterSeconds
                + " sekunder.";
    }
}
