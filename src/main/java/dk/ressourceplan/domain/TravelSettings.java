package dk.ressourceplan.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How travel time is known. Pairs in {@code minutes} are taken as given (both directions); any other pair of
 * places is estimated from coordinates: straight-line distance times {@code detourFactor}, driven at
 * {@code speedKmh}, plus {@code minutesPerTrip} for parking and walking in.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TravelSettings(Double speedKmh, Double detourFactor, Integer minutesPerTrip, List<TravelEntry> minutes) {

    public static final double DEFAULT_SPEED_KMH = 40;
    public static final double DEFAULT_DETOUR_FACTOR = 1.3;
    public static final int DEFAULT_MINUTES_PER_TRIP = 5;

    public TravelSettings {
        speedKmh = speedKmh == null ? DEFAULT_SPEED_KMH : speedKmh;
        detourFactor = detourFactor == null ? DEFAULT_DETOUR_FACTOR : detourFactor;
        minutesPerTrip = minutesPerTrip == null ? DEFAULT_MINUTES_PER_TRIP : minutesPerTrip;
        minutes = minutes == null ? List.of() : List.copyOf(minutes);
    }

    public static TravelSettings defaults() {
        return new TravelSettings(null, null, null, null);
    }

    /** A known travel time between two places: school ids, or staff ids for a staff member's base. */
    public record TravelEntry(String from, String to, int minutes) {
    }
}
