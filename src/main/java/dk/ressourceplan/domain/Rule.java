package dk.ressourceplan.domain;

/**
 * One rule of the plan as the planner reads it: its name (in the analysis, and the key a municipality overrides
 * its weight by) and its Danish name (on the page), its level, and what breaking it once costs by default, in points
 * of its level per unit. The unit is written out in Danish and English because the weight alone ("3") says nothing
 * to a planner without it ("3 per minute").
 */
public record Rule(String name, String nameDa, Level level, long defaultWeight, String unitDa, String unitEn) {

    /** Hard: the plan cannot be used. Medium: demand left uncovered. Soft: a preference. */
    public enum Level {
        HARD, MEDIUM, SOFT
    }

    /** Only preferences are a municipality's to weigh; a broken hard rule or uncovered demand is never a price worth paying. */
    public boolean adjustable() {
        return level == Level.SOFT;
    }
}
