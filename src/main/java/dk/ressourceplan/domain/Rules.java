package dk.ressourceplan.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Municipal rules with a number in them. {@code meetingSharePercentMax}: meeting hours should stay within
 * this share of each person's available time, so that time goes to classrooms. {@code idleGapMinutes}: a wait
 * between two sessions of one person up to this long is normal (a lesson or a break); beyond it every minute counts
 * against the plan ("Idle time between sessions").
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Rules(Integer meetingSharePercentMax, Integer idleGapMinutes) {

    public static final int DEFAULT_MEETING_SHARE_PERCENT_MAX = 30;
    public static final int DEFAULT_IDLE_GAP_MINUTES = 60;

    public Rules {
        meetingSharePercentMax = meetingSharePercentMax == null ? DEFAULT_MEETING_SHARE_PERCENT_MAX : meetingSharePercentMax;
    }

    /** The threshold of "Idle time between sessions": as given, else the default. */
    @JsonIgnore
    public int idleGapThreshold() {
        return idleGapMinutes == null ? DEFAULT_IDLE_GAP_MINUTES : idleGapMinutes;
    }

    public Rules(Integer meetingSharePercentMax) {
        this(meetingSharePercentMax, null);
    }

    public static Rules defaults() {
        return new Rules(null, null);
    }
}
