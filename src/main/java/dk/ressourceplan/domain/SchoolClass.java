package dk.ressourceplan.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A class (e.g. "3.B") with its need level and the lessons of its own timetable. Needs are recorded per
 * class, never per pupil.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SchoolClass(String id, String schoolId, String name, Integer grade, Integer pupils, NeedLevel needLevel,
        List<ClassLesson> lessons) {

    public SchoolClass {
        needLevel = needLevel == null ? NeedLevel.GREEN : needLevel;
        lessons = lessons == null ? List.of() : List.copyOf(lessons);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SchoolClass other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
