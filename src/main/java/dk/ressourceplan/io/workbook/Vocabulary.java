package dk.ressourceplan.io.workbook;

import dk.ressourceplan.domain.Competence;
import dk.ressourceplan.domain.DemandType;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.domain.Role;
import dk.ressourceplan.domain.Week;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The words a planner reads and writes in the workbook for each code of the JSON document, and back. The workbook
 * shows one Danish word per value (the drop-down lists offer exactly these); on import the JSON codes, the enum names
 * and a few words planners use are accepted too, without regard to case or extra spaces.
 */
final class Vocabulary<E> {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    static final Vocabulary<Role> ROLES = new Builder<Role>("rolle", "role", Role.values(), Role::danish, Role::code)
            .alias(Role.PSYCHOLOGIST, "psykologisk rådgiver")
            .alias(Role.SPEECH_HEARING_CONSULTANT, "tale-hørekonsulent", "talehørekonsulent")
            .alias(Role.AKT_SUPERVISOR, "AKT", "AKT vejleder")
            .alias(Role.CO_TEACHER, "ressourcelærer", "coteacher", "co-teacher")
            .build();

    static final Vocabulary<Competence> COMPETENCES = new Builder<Competence>("kompetence", "competence",
            Competence.values(), Competence::danish, Competence::code)
            .alias(Competence.DLD, "sprog", "DLD")
            .alias(Competence.BEHAVIOUR, "adfærd", "ADHD")
            .alias(Competence.WELLBEING, "trivsel", "angst")
            .build();

    static final Vocabulary<NeedLevel> NEED_LEVELS = new Builder<NeedLevel>("behovsniveau", "need level",
            NeedLevel.values(), Vocabulary::needLevel, NeedLevel::code)
            .alias(NeedLevel.RED, "rød", "indgribende")
            .alias(NeedLevel.YELLOW, "gul", "foregribende")
            .alias(NeedLevel.GREEN, "grøn", "forebyggende")
            .build();

    static final Vocabulary<DemandType> DEMAND_TYPES = new Builder<DemandType>("type", "type", DemandType.values(),
            Vocabulary::demandType, DemandType::code)
            .alias(DemandType.CO_TEACHING, "coteaching", "co-teaching-lektioner")
            .alias(DemandType.COLLABORATION_MEETING, "samarbejdsmøde", "indsatsmøde", "møde")
            .alias(DemandType.PRESENCE, "tilstedeværelse", "åben dør")
            .alias(DemandType.COORDINATION_MEETING, "koordineringsmøde", "prioriteringsmøde")
            .alias(DemandType.PROGRAMME, "forløbet", "forløb")
            .build();

    /**
     * Monday to Friday are offered; Saturday and Sunday are understood, as the JSON allows them, and so are 1-7 as
     * Untis numbers the days, for rows pasted from a timetable export.
     */
    static final Vocabulary<DayOfWeek> DAYS = new Builder<DayOfWeek>("ugedag", "weekday", DayOfWeek.values(),
            day -> day.getDisplayName(TextStyle.FULL, DANISH), DayOfWeek::name)
            .offered(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
            .aliases(day -> List.of(day.getDisplayName(TextStyle.SHORT, DANISH).replace(".", ""),
                    day.getDisplayName(TextStyle.FULL, Locale.ENGLISH), day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
                    String.valueOf(day.getValue())))
            .build();

    static final Vocabulary<Week> WEEKS = new Builder<Week>("uge", "week", Week.values(), Week::name, Week::name)
            .alias(Week.AB, "A og B", "A+B", "A/B", "begge", "hver uge", "alle")
            .build();

    private final String what;
    private final String whatEn;
    private final Map<E, String> words;
    private final List<String> offered;
    private final Map<String, E> accepted;

    private Vocabulary(String what, String whatEn, Map<E, String> words, List<String> offered, Map<String, E> accepted) {
        this.what = what;
        this.whatEn = whatEn;
        this.words = words;
        this.offered = offered;
        this.accepted = accepted;
    }

    /** The word the workbook shows for a value. */
    String word(E value) {
        return words.get(value);
    }

    /** The words of the drop-down list, in order. */
    List<String> offered() {
        return offered;
    }

    /** The value a planner meant, or null when the word is not known. */
    E find(String text) {
        return accepted.get(normalise(text));
    }

    /** Danish: "ukendt rolle 'psykolg'; brug én af: psykolog, …". */
    String unknownDa(String text) {
        return "ukendt " + what + " '" + text + "'; brug én af: " + String.join(", ", offered);
    }

    String unknownEn(String text) {
        return "unknown " + whatEn + " '" + text + "'; use one of: " + String.join(", ", offered);
    }

    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String needLevel(NeedLevel level) {
        return switch (level) {
            case RED -> "rød (indgribende)";
            case YELLOW -> "gul (foregribende)";
            case GREEN -> "grøn (forebyggende)";
        };
    }

    private static String demandType(DemandType type) {
        return switch (type) {
            case CO_TEACHING -> "co-teaching";
            case COLLABORATION_MEETING -> "samarbejds- og indsatsmøde";
            case PRESENCE -> "PPR-tilstedeværelse";
            case COORDINATION_MEETING -> "koordinerings- og prioriteringsmøde";
            case PROGRAMME -> "forløb";
        };
    }

    private static final class Builder<E extends Enum<E>> {
        private final String what;
        private final String whatEn;
        private final Map<E, String> words = new LinkedHashMap<>();
        private final Map<String, E> accepted = new LinkedHashMap<>();
        private List<E> offered;

        Builder(String what, String whatEn, E[] values, Function<E, String> word, Function<E, String> code) {
            this.what = what;
            this.whatEn = whatEn;
            this.offered = Arrays.asList(values);
            for (E value : values) {
                words.put(value, word.apply(value));
                accept(value, word.apply(value));
                accept(value, code.apply(value));
                accept(value, value.name());
            }
        }

        Builder<E> offered(@SuppressWarnings("unchecked") E... values) {
            offered = List.of(values);
            return this;
        }

        Builder<E> alias(E value, String... aliases) {
            for (String alias : aliases) {
                accept(value, alias);
            }
            return this;
        }

        Builder<E> aliases(Function<E, List<String>> aliases) {
            words.keySet().forEach(value -> aliases.apply(value).forEach(alias -> accept(value, alias)));
            return this;
        }

        /** A word may stand for one value only: a clash between two words or aliases is a mistake in this class. */
        private void accept(E value, String word) {
            E earlier = accepted.putIfAbsent(normalise(word), value);
            if (earlier != null && earlier != value) {
                throw new IllegalStateException("the word '" + word + "' stands for both " + earlier + " and " + value);
            }
        }

        Vocabulary<E> build() {
            return new Vocabulary<>(what, whatEn, Map.copyOf(words), offered.stream().map(words::get).toList(),
                    Map.copyOf(accepted));
        }
    }
}
