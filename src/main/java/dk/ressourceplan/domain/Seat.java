package dk.ressourceplan.domain;

/** One person's place at a demand: the demand, which seat (0 for single-seat demands) and its minutes per fortnight. */
public record Seat(Demand demand, int index, int minutesPerFortnight) {
}
