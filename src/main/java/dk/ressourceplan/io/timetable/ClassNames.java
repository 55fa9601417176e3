package dk.ressourceplan.io.timetable;

import dk.ressourceplan.domain.SchoolClass;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The classes of one school by the names timetabling systems write for them: "3.B", "3b", "3 B" and "3-b" are one
 * class. Only case, spaces, dots, hyphens and slashes are ignored; anything else must match, so a name is never
 * guessed: "3.B" is not "3.C", nor "03B" "3B" (that would be a guess about a system's numbering).
 */
final class ClassNames {

    private final Map<String, List<SchoolClass>> byKey = new HashMap<>();

    ClassNames(List<SchoolClass> classes) {
        for (SchoolClass schoolClass : classes) {
            byKey.computeIfAbsent(key(schoolClass.name()), k -> new ArrayList<>()).add(schoolClass);
            if (!key(schoolClass.id()).equals(key(schoolClass.name()))) {
                byKey.computeIfAbsent(key(schoolClass.id()), k -> new ArrayList<>()).add(schoolClass);
            }
        }
    }

    /** The one class with this name (or id); empty when none or several have it. */
    Optional<SchoolClass> find(String name) {
        List<SchoolClass> found = byKey.getOrDefault(key(name), List.of());
        return found.stream().distinct().count() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The classes that share this name, when more than one does. */
    List<SchoolClass> ambiguous(String name) {
        List<SchoolClass> found = byKey.getOrDefault(key(name), List.of()).stream().distinct().toList();
        return found.size() > 1 ? found : List.of();
    }

    static String key(String name) {
        String text = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC);
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s.\\-/_]+", "");
    }
}
