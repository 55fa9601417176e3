package dk.ressourceplan.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A named point on the map: a staff member's home base (the PPR office or a home school). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Place(String name, double lat, double lon) {
}
