package dk.ressourceplan.domain;

import java.time.LocalTime;

/** Minutes since midnight: the solver's unit of time of day. */
public final class Times {

    private Times() {
    }

    public static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    public static LocalTime time(int minutes) {
        return LocalTime.of(minutes / 60, minutes % 60);
    }

    public static String format(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }
}
