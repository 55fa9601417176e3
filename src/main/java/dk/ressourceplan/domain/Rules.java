package dk.ressourceplan.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Municipal rules with a number in them. {@code meetingSharePercentMax}: meeting hours should stay within
 * this share of each person's available time, so that time goes to classrooms.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Rules(Integer meetingSharePercentMax) {

    public static final int DEFAULT_MEETING_SHARE_PERCENT_MAX = 30;

    public Rules {
        meetingSharePercentMax = meetingSharePercentMax == null ? DEFAULT_MEETING_SHARE_PERCENT_MAX : meetingSharePercentMax;
    }

    public static Rules defaults() {
        return new Rules(null);
    }
}
