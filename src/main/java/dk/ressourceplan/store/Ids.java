package dk.ressourceplan.store;

import java.security.SecureRandom;

/** Short random ids that read well in a URL: no padding, no look-alike characters (l, o, 0, 1). */
final class Ids {

    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /** 50 random bits: collisions are out of reach for a municipality's plans, and the primary key catches one. */
    static String newId() {
        char[] id = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
