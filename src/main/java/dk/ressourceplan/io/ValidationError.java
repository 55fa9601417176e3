package dk.ressourceplan.io;

/** Temporary stand-in until the validate branch lands: one problem in a plan document and where it is. */
public record ValidationError(String path, String message, String messageDa) {
}
