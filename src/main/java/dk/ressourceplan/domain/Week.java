package dk.ressourceplan.domain;

import java.util.List;

/** Which week of the repeating fortnight a session lies in: A, B, or both (a weekly session). */
public enum Week {
    A, B, AB;

    public boolean intersects(Week other) {
        return this == AB || other == AB || this == other;
    }

    /** The single weeks this one stands for: AB counts in both A and B. */
    public List<Week> singleWeeks() {
        return this == AB ? List.of(A, B) : List.of(this);
    }

    /** How many times a session in this week occurs per fortnight. */
    public int timesPerFortnight() {
        return this == AB ? 2 : 1;
    }
}
