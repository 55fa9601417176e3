package dk.ressourceplan.io.workbook;

import java.util.List;
import java.util.Optional;

/**
 * The sheets of the term workbook and their columns, in one place for the writer and the reader, so that a header
 * written is a header read. A column names the JSON field it fills ({@code "base.lat"} for a nested one) and the kind
 * of value it holds; the headers are the words a Danish planner would write.
 */
final class Layout {

    static final String GUIDE = "Vejledning";
    static final String TERM = "Termin";
    static final String SCHOOLS = "Skoler";
    static final String SCHOOL_DAY = "Skoledag";
    static final String MEETING_WINDOWS = "Mødevinduer";
    static final String LESSON_GRID = "Lektionsplan";
    static final String CLASSES = "Klasser";
    static final String CLASS_LESSONS = "Klasselektioner";
    static final String STAFF = "Medarbejdere";
    static final String ABSENCE = "Fravær";
    static final String ABSENCES = "Fraværsperioder";
    static final String HOURS_FROM = "Timer fra dato";
    static final String DEMANDS = "Behov";
    static final String TRAVEL = "Transport";
    static final String RULES = "Regler";
    /** Hidden: the words of the drop-down lists. */
    static final String LISTS = "Lister";

    /** What a cell holds, and so how it is written, read and offered. */
    enum Kind {
        TEXT, NUMBER, WHOLE, TIME, DATE, HOLIDAY, DAY, WEEK, ROLE, COMPETENCE, NEED_LEVEL, DEMAND_TYPE,
        TEXT_LIST, WHOLE_LIST, DAY_LIST, ROLE_LIST, COMPETENCE_LIST, SEATS;

        boolean isList() {
            return this == TEXT_LIST || this == WHOLE_LIST || this == DAY_LIST || this == ROLE_LIST
                    || this == COMPETENCE_LIST || this == SEATS;
        }

        /** Typed as text, so that Excel keeps "01" and "1,2" as they are written rather than as numbers. */
        boolean isTyped() {
            return this == TEXT || isList();
        }
    }

    /**
     * A column of a table. {@code field} is the JSON field it fills, relative to the item of the row; null for the
     * column that says which school, class or staff member the row belongs to.
     */
    record Column(String header, String field, Kind kind, boolean required, String help) {
    }

    /** A table: a header row in row 1 from {@code firstColumn} on, one item per row below it. */
    record Table(String sheet, int firstColumn, List<Column> columns) {

        Column column(String field) {
            return columns.stream().filter(c -> field.equals(c.field())).findFirst().orElseThrow();
        }

        /** The column naming the parent (school, class or staff member) of a row, on the sheets that have one. */
        Optional<Column> parent() {
            return columns.stream().filter(c -> c.field() == null).findFirst();
        }
    }

    /** A setting: a labelled value in its own row, the label in {@code labelColumn}, the value next to it. */
    record Setting(String label, String field, Kind kind, String help) {
    }

    record Settings(String sheet, int labelColumn, String labelHeader, List<Setting> settings) {
    }

    private static Column required(String header, String field, Kind kind, String help) {
        return new Column(header, field, kind, true, help);
    }

    private static Column optional(String header, String field, Kind kind, String help) {
        return new Column(header, field, kind, false, help);
    }

    static final String VALUE_HEADER = "Værdi";
    static final String EXPLANATION_HEADER = "Forklaring";

    static final Settings TERM_SETTINGS = new Settings(TERM, 0, "Felt", List.of(
            new Setting("Navn", "name", Kind.TEXT, "Planperiodens navn, fx Forår 2027."),
            new Setting("Første dag", "firstDate", Kind.DATE, "Påkrævet. Dato som ÅÅÅÅ-MM-DD, fx 2027-01-04."),
            new Setting("Sidste dag", "lastDate", Kind.DATE, "Påkrævet. Dato som ÅÅÅÅ-MM-DD, fx 2027-06-25."),
            new Setting("Første uge", "firstWeek", Kind.WEEK,
                    "A eller B: ugen med første dag. Derefter skifter A og B hver kalenderuge, også i ferier.")));

    /** Beside the term's settings: one holiday per row. */
    static final Table HOLIDAYS = new Table(TERM, 4, List.of(
            optional("Ferie og fridage", "holidays", Kind.HOLIDAY,
                    "En uge (uge 7 eller 2027-W07) eller en dag (2027-05-06) pr. række. Ingen aftaler i ferier.")));

    static final Table SCHOOLS_TABLE = new Table(SCHOOLS, 0, List.of(
            required("Id", "id", Kind.TEXT, "Påkrævet. Skolens korte id, fx s01. Bruges på de andre ark."),
            required("Navn", "name", Kind.TEXT, "Påkrævet. Skolens navn."),
            optional("Adresse", "address", Kind.TEXT, "Vises i kalenderen."),
            required("Bredde (lat)", "lat", Kind.NUMBER, "Påkrævet. Breddegrad, fx 55,3959. Bruges til at beregne kørsel."),
            required("Længde (lon)", "lon", Kind.NUMBER, "Påkrævet. Længdegrad, fx 10,3883."),
            optional("Elever", "pupils", Kind.WHOLE, "Antal elever på skolen.")));

    static final Table SCHOOL_DAY_TABLE = new Table(SCHOOL_DAY, 0, List.of(
            required("Skole-id", null, Kind.TEXT, "Påkrævet. Id fra arket Skoler."),
            optional("Uge", "week", Kind.WEEK, "A, B eller AB (begge uger). Tom = AB. En dag, der er forskellig i de "
                    + "to uger, får en række for uge A og en for uge B."),
            required("Ugedag", "day", Kind.DAY, "Påkrævet. mandag … fredag. Én række pr. skoledag."),
            required("Start", "start", Kind.TIME, "Påkrævet. Klokkeslæt som TT:MM, fx 08:00."),
            required("Slut", "end", Kind.TIME, "Påkrævet. Klokkeslæt som TT:MM, fx 15:30.")));

    static final Table MEETING_WINDOWS_TABLE = new Table(MEETING_WINDOWS, 0, List.of(
            required("Skole-id", null, Kind.TEXT, "Påkrævet. Id fra arket Skoler."),
            optional("Uge", "week", Kind.WEEK, "A, B eller AB (begge uger). Tom = AB."),
            required("Ugedag", "day", Kind.DAY, "Påkrævet. mandag … fredag."),
            required("Start", "start", Kind.TIME, "Påkrævet. Hvornår skolen tidligst kan holde samarbejds- og indsatsmøde, TT:MM."),
            required("Slut", "end", Kind.TIME, "Påkrævet. Hvornår mødet senest skal være slut, TT:MM.")));

    static final Table LESSON_GRID_TABLE = new Table(LESSON_GRID, 0, List.of(
            required("Skole-id", null, Kind.TEXT, "Påkrævet. Id fra arket Skoler."),
            required("Lektion", "period", Kind.WHOLE, "Påkrævet. Lektionens nummer: 1, 2, 3 …"),
            required("Start", "start", Kind.TIME, "Påkrævet. TT:MM, fx 08:00."),
            required("Slut", "end", Kind.TIME, "Påkrævet. TT:MM, fx 08:45.")));

    static final Table CLASSES_TABLE = new Table(CLASSES, 0, List.of(
            required("Id", "id", Kind.TEXT, "Påkrævet. Klassens id, fx s01-3b. Bruges på arkene Klasselektioner og Behov."),
            required("Skole-id", "schoolId", Kind.TEXT, "Påkrævet. Id fra arket Skoler."),
            required("Navn", "name", Kind.TEXT, "Påkrævet. Fx 3.B."),
            optional("Klassetrin", "grade", Kind.WHOLE, "0 (børnehaveklasse) til 10."),
            optional("Elever", "pupils", Kind.WHOLE, "Antal elever i klassen. Aldrig navne."),
            optional("Behovsniveau", "needLevel", Kind.NEED_LEVEL,
                    "rød (indgribende), gul (foregribende) eller grøn (forebyggende). Tom = grøn.")));

    /**
     * Also the rows of a timetabling system's export pasted in (class, day, period; one lesson a row): the class by
     * its name as the school writes it, the day as Untis numbers it, and the school beside them.
     */
    static final Table CLASS_LESSONS_TABLE = new Table(CLASS_LESSONS, 0, List.of(
            required("Klasse-id", null, Kind.TEXT, "Påkrævet. Id fra arket Klasser, eller klassens navn (3.B, 3b og "
                    + "3 B er samme klasse), fx indsat fra skolens skemaprogram."),
            required("Ugedag", "day", Kind.DAY, "Påkrævet. mandag … fredag, eller 1-5 som i Untis. Én række pr. "
                    + "klasse og dag, eller én pr. lektion."),
            required("Lektioner", "period", Kind.WHOLE_LIST,
                    "Påkrævet. Klassens lektioner den dag, adskilt af komma: 1,2,3,4,5 (eller 1-5)."),
            optional("Skole-id", "schoolId", Kind.TEXT, "Id fra arket Skoler. Kun nødvendig, når klassen er angivet "
                    + "ved navn, og flere skoler har en klasse med det navn.")));

    static final Table STAFF_TABLE = new Table(STAFF, 0, List.of(
            required("Id", "id", Kind.TEXT, "Påkrævet. Medarbejderens id, fx ppr-01. Må ikke være et skole-id."),
            required("Navn", "name", Kind.TEXT, "Påkrævet."),
            required("Rolle", "role", Kind.ROLE, "Påkrævet. psykolog, pædagogisk konsulent, tale-høre-konsulent, "
                    + "AKT-vejleder eller co-teacher."),
            optional("Kompetencer", "competences", Kind.COMPETENCE_LIST,
                    "Adskilt af komma, fx læsning, matematik. Vælg én på listen eller skriv flere."),
            optional("Kontrakttimer", "contractedHours", Kind.NUMBER, "Timer om ugen i alt (37 er fuld tid)."),
            required("Timer pr. uge", "hoursPerWeek", Kind.NUMBER,
                    "Påkrævet. De timer om ugen, planen må bruge, inkl. kørsel. Højst kontrakttimerne."),
            optional("Maks. timer pr. dag", "maxHoursPerDay", Kind.NUMBER, "Tom = 8."),
            optional("Base", "base.name", Kind.TEXT, "Hvor dagen starter og slutter, fx PPR, Rådhuset."),
            optional("Base bredde (lat)", "base.lat", Kind.NUMBER, "Basens breddegrad. Påkrævet, hvis der er en base."),
            optional("Base længde (lon)", "base.lon", Kind.NUMBER, "Basens længdegrad. Påkrævet, hvis der er en base."),
            optional("Foretrukne skoler", "preferredSchools", Kind.TEXT_LIST, "Skole-id'er adskilt af komma."),
            optional("Foretrukne dage", "preferredDays", Kind.DAY_LIST, "Ugedage adskilt af komma, fx mandag, tirsdag."),
            optional("Maks. antal skoler", "maxSchools", Kind.WHOLE, "Tom = ingen grænse."),
            optional("Højst forløb ad gangen", "maxProgrammes", Kind.WHOLE,
                    "Hvor mange forløb medarbejderen højst har i gang på samme tid, 0 til 10. Tom = 3.")));

    static final Table ABSENCE_TABLE = new Table(ABSENCE, 0, List.of(
            required("Medarbejder-id", null, Kind.TEXT, "Påkrævet. Id fra arket Medarbejdere."),
            optional("Uge", "week", Kind.WEEK, "A, B eller AB (begge uger). Tom = AB."),
            required("Ugedag", "day", Kind.DAY, "Påkrævet. mandag … fredag."),
            optional("Start", "start", Kind.TIME, "TT:MM. Start og slut tomme = hele dagen."),
            optional("Slut", "end", Kind.TIME, "TT:MM.")));

    /** Dated days away: a course day, a day off, a leave. On these dates the person has no hours for the plan. */
    static final Table ABSENCES_TABLE = new Table(ABSENCES, 0, List.of(
            required("Medarbejder-id", null, Kind.TEXT, "Påkrævet. Id fra arket Medarbejdere."),
            required("Fra", "from", Kind.DATE, "Påkrævet. Første dag væk, ÅÅÅÅ-MM-DD. Inden for planperioden."),
            required("Til", "to", Kind.DATE, "Påkrævet. Sidste dag væk, ÅÅÅÅ-MM-DD. Samme dato som Fra for én dag.")));

    /** Hours a week that change from a date on, until the next such date; before the first, the sheet Medarbejdere's. */
    static final Table HOURS_FROM_TABLE = new Table(HOURS_FROM, 0, List.of(
            required("Medarbejder-id", null, Kind.TEXT, "Påkrævet. Id fra arket Medarbejdere."),
            required("Fra dato", "from", Kind.DATE, "Påkrævet. Dagen, timetallet skifter, ÅÅÅÅ-MM-DD. Inden for "
                    + "planperioden og kun én række pr. medarbejder og dato."),
            required("Timer pr. uge", "hoursPerWeek", Kind.NUMBER, "Påkrævet. De timer om ugen, planen må bruge fra "
                    + "datoen, indtil næste række for medarbejderen. Højst kontrakttimerne.")));

    static final Table DEMANDS_TABLE = new Table(DEMANDS, 0, List.of(
            required("Id", "id", Kind.TEXT, "Påkrævet. Behovets id, fx cot-3b."),
            required("Type", "type", Kind.DEMAND_TYPE, "Påkrævet. co-teaching, samarbejds- og indsatsmøde, "
                    + "PPR-tilstedeværelse, koordinerings- og prioriteringsmøde eller forløb."),
            optional("Navn", "name", Kind.TEXT, "Vises i kalenderen."),
            optional("Klasse-id", "classId", Kind.TEXT, "Co-teaching: påkrævet. Id fra arket Klasser."),
            optional("Skole-id", "schoolId", Kind.TEXT, "Møder, tilstedeværelse og forløb: påkrævet. Id fra arket "
                    + "Skoler."),
            optional("Team-klasser", "classIds", Kind.TEXT_LIST,
                    "Samarbejds- og indsatsmøde for et team: klasse-id'er adskilt af komma."),
            optional("Kompetence", "competence", Kind.COMPETENCE,
                    "Co-teaching: påkrævet, fx læsning. Samarbejds- og indsatsmøde, tilstedeværelse og forløb: valgfri; "
                            + "så kan kun medarbejdere med kompetencen tage dem. Koordinerings- og prioriteringsmøde: "
                            + "tom."),
            optional("Lektioner pr. uge", "lessonsPerWeek", Kind.WHOLE, "Co-teaching: påkrævet."),
            optional("Minutter", "minutes", Kind.WHOLE, "Møder: mødets længde. Tom = 90 (samarbejds- og indsatsmøde) "
                    + "eller 60 (koordinerings- og prioriteringsmøde). Forløb: minutter pr. uge. Tom = 60."),
            optional("Pladser", "seats", Kind.SEATS, "Møder: hvem der skal deltage. Pladser adskilt af "
                    + "semikolon, roller til samme plads af 'eller': psykolog eller pædagogisk konsulent; AKT-vejleder. "
                    + "Tom = én PPR-plads."),
            optional("Timer pr. uge", "hoursPerWeek", Kind.NUMBER, "Tilstedeværelse hver uge: timer pr. uge."),
            optional("Timer pr. 14 dage", "hoursPerFortnight", Kind.NUMBER,
                    "Tilstedeværelse: timer pr. 14 dage (i stedet for timer pr. uge)."),
            optional("Blokminutter", "blockMinutes", Kind.WHOLE, "Tilstedeværelse: blokkenes længde. Tom = 120."),
            optional("Interval i uger", "intervalWeeks", Kind.WHOLE, "Koordinerings- og prioriteringsmøde: uger "
                    + "mellem møderne, 1 til 12. Tom = efter skolens elevtal: hver 8. uge op til 300 elever, hver 4. uge "
                    + "fra 700."),
            optional("Antal forløb", "count", Kind.WHOLE, "Forløb: hvor mange forløb skolen har i planperioden, "
                    + "1 til 50. Tom = efter elevtal: ét forløb i gang hele tiden pr. 500 elever."),
            optional("Uger pr. forløb", "weeks", Kind.WHOLE, "Forløb: hvor mange uger hvert forløb varer, 1 til 20. "
                    + "Tom = 6."),
            optional("Roller", "roles", Kind.ROLE_LIST,
                    "Hvem der må dække behovet, adskilt af komma. Tom = ressourceperson (co-teaching), psykolog "
                            + "(forløb) eller PPR. Ikke til møder: brug Pladser."),
            optional("Prioritet", "priority", Kind.NEED_LEVEL,
                    "Tom = klassens behovsniveau (co-teaching) eller gul.")));

    static final Table TRAVEL_TABLE = new Table(TRAVEL, 0, List.of(
            required("Fra", "from", Kind.TEXT, "Skole-id eller medarbejder-id (for medarbejderens base)."),
            required("Til", "to", Kind.TEXT, "Skole-id eller medarbejder-id."),
            required("Minutter", "minutes", Kind.WHOLE, "Kendt kørsel i minutter; gælder begge veje.")));

    /** Beside the known travel times: how the others are estimated. */
    static final Settings TRAVEL_SETTINGS = new Settings(TRAVEL, 4, "Indstilling", List.of(
            new Setting("Hastighed (km/t)", "speedKmh", Kind.NUMBER, "Tom = 40 (bykørsel)."),
            new Setting("Omvejsfaktor", "detourFactor", Kind.NUMBER,
                    "Vejen er længere end luftlinjen. Tom = 1,3."),
            new Setting("Minutter pr. tur", "minutesPerTrip", Kind.WHOLE, "Parkering og gang. Tom = 5.")));

    static final String MEETING_SHARE = "Maks. mødeandel (%)";

    static final Settings RULES_SETTINGS = new Settings(RULES, 0, "Regel", List.of(
            new Setting(MEETING_SHARE, "meetingSharePercentMax", Kind.WHOLE,
                    "Mødetimer ud over denne andel af en medarbejders tid tæller imod planen. Tom = 30."),
            new Setting("Ventetid uden straf (min.)", "idleGapMinutes", Kind.WHOLE,
                    "Ventetid mellem to aftaler ud over dette tæller imod planen (kørsel regnes ikke med). Tom = 60.")));

    static final List<String> SHEETS = List.of(GUIDE, TERM, SCHOOLS, SCHOOL_DAY, MEETING_WINDOWS, LESSON_GRID, CLASSES,
            CLASS_LESSONS, STAFF, ABSENCE, ABSENCES, HOURS_FROM, DEMANDS, TRAVEL, RULES);

    /** Without these the workbook is no term; the others may be left out. */
    static final List<String> REQUIRED_SHEETS = List.of(TERM, SCHOOLS, SCHOOL_DAY, CLASSES, STAFF, DEMANDS);

    private Layout() {
    }
}
