package dk.ressourceplan.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * One staff or demand change of a rerun. Which fields apply depends on the type:
 * {@code staffUnavailable} (staffId, from, to or open-ended), {@code staffHoursChanged} (staffId, hoursPerWeek),
 * {@code staffAdded} (staff), {@code demandAdded} and {@code demandChanged} (demand), {@code demandRemoved}
 * (demandId). A change without its own {@code from} takes the change set's effective date.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Change(String type, String staffId, LocalDate from, LocalDate to, Double hoursPerWeek, Staff staff,
        Demand demand, String demandId) {

    public static final String STAFF_UNAVAILABLE = "staffUnavailable";
    public static final String STAFF_HOURS_CHANGED = "staffHoursChanged";
    public static final String STAFF_ADDED = "staffAdded";
    public static final String DEMAND_ADDED = "demandAdded";
    public static final String DEMAND_CHANGED = "demandChanged";
    public static final String DEMAND_REMOVED = "demandRemoved";
}
