package dk.ressourceplan.io;

import dk.ressourceplan.domain.ClassLesson;
import dk.ressourceplan.domain.Competence;
import dk.ressourceplan.domain.Demand;
import dk.ressourceplan.domain.DemandType;
import dk.ressourceplan.domain.LessonPeriod;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.domain.Place;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.Role;
import dk.ressourceplan.domain.Rules;
import dk.ressourceplan.domain.School;
import dk.ressourceplan.domain.SchoolClass;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.Term;
import dk.ressourceplan.domain.TimeWindow;
import dk.ressourceplan.domain.TravelSettings;
import dk.ressourceplan.domain.Week;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A made-up municipality whose proportions follow the brief: schools of 150-750 pupils with about 25 pupils a
 * class, needs concentrated in some classes and some schools, a fortnightly 90-minute collaboration meeting and
 * weekly PPR presence at every school, a PPR team and co-teachers sized to the demand, part-timers and a few
 * unavailable days. Everything in it is synthetic: no real school, person or pupil.
 */
public final class SyntheticMunicipality {

    private static final double CENTRE_LAT = 55.3959;
    private static final double CENTRE_LON = 10.3883;
    private static final String[] PLACES = {"Søndre", "Nørre", "Øster", "Vester", "Bakke", "Skov", "Engvej", "Holme",
            "Fjord", "Åløkke", "Rosen", "Hunderup", "Tarup", "Højby", "Dalum", "Kirke", "Mølle", "Strand", "Lunde",
            "Birke", "Egeby", "Vindinge", "Ahorn", "Kastanje", "Solvang", "Lykke", "Vibe", "Stjerne", "Hav", "Næs",
            "Agerbo", "Bøge", "Hasle", "Ringe", "Gislev", "Vang", "Toft", "Kilde", "Ådal", "Lind"};
    private static final String[] FIRST_NAMES = {"Anne", "Jens", "Mette", "Peter", "Louise", "Lars", "Camilla", "Søren",
            "Maria", "Henrik", "Sofie", "Thomas", "Ida", "Morten", "Julie", "Anders", "Line", "Rasmus", "Karen",
            "Mikkel", "Hanne", "Jakob", "Nanna", "Kasper", "Birgitte", "Martin", "Signe", "Niels", "Emma", "Jonas"};
    private static final String[] LAST_NAMES = {"Holm", "Berg", "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen",
            "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen",
            "Poulsen", "Johansen", "Knudsen", "Mortensen", "Møller", "Lund", "Dahl", "Bach", "Skov", "Krogh"};
    private static final List<LessonPeriod> GRID = List.of(
            period(1, "08:00", "08:45"), period(2, "08:45", "09:30"), period(3, "09:50", "10:35"),
            period(4, "10:35", "11:20"), period(5, "12:00", "12:45"), period(6, "12:45", "13:30"),
            period(7, "13:40", "14:25"), period(8, "14:25", "15:10"));
    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    /** How often each competence is asked for in co-teaching; reading and behaviour dominate. */
    private static final Competence[] COMPETENCE_MIX = {Competence.READING, Competence.READING, Competence.READING,
            Competence.BEHAVIOUR, Competence.BEHAVIOUR, Competence.BEHAVIOUR, Competence.MATHS, Competence.MATHS,
            Competence.DLD, Competence.AUTISM, Competence.WELLBEING, Competence.WELLBEING};

    private final Random random;
    private final int schoolCount;
    private int nameCounter;

    private SyntheticMunicipality(int schoolCount, long seed) {
        this.schoolCount = schoolCount;
        this.random = new Random(seed);
    }

    /** Today's staffing: every role and competence with about a third to spare. */
    public static PlanDocument generate(int schools, long seed) {
        return generate(schools, seed, null);
    }

    /**
     * With {@code staffingPercent} null, staffed as {@link #generate(int, long)}; otherwise the staff hours of each
     * role and competence are that share of the hours demanded of it.
     */
    public static PlanDocument generate(int schools, long seed, Integer staffingPercent) {
        if (schools < 1) {
            throw new IllegalArgumentException("a municipality needs at least one school");
        }
        return new SyntheticMunicipality(schools, seed).generate();
    }

    private PlanDocument generate() {
        List<School> schools = new ArrayList<>();
        List<SchoolClass> classes = new ArrayList<>();
        List<Demand> demands = new ArrayList<>();
        Map<Competence, Map<String, Integer>> coTeachingMinutes = new EnumMap<>(Competence.class);
        double radiusKm = 2.5 * Math.sqrt(schoolCount);
        for (int i = 1; i <= schoolCount; i++) {
            School school = school(i, radiusKm);
            schools.add(school);
            double needIntensity = 0.5 + random.nextDouble() * 1.2;
            int classCount = Math.max(7, Math.round(school.pupils() / 25f));
            for (int c = 0; c < classCount; c++) {
                SchoolClass schoolClass = schoolClass(school, c, classCount, needIntensity);
                classes.add(schoolClass);
                Demand demand = coTeaching(schoolClass);
                if (demand != null) {
                    demands.add(demand);
                    coTeachingMinutes.computeIfAbsent(demand.competence(), k -> new java.util.HashMap<>())
                            .merge(school.id(), demand.lessonsPerWeek() * 45, Integer::sum);
                }
            }
            demands.add(new Demand("meet-" + school.id(), DemandType.COLLABORATION_MEETING,
                    "Samarbejds- og indsatsmøde", null, school.id(), null, null, null, 90,
                    List.of(List.of(Role.PSYCHOLOGIST, Role.PEDAGOGICAL_CONSULTANT), List.of(Role.AKT_SUPERVISOR)),
                    null, null, null, null, null));
            demands.add(new Demand("presence-" + school.id(), DemandType.PRESENCE, "PPR åben dør", null, school.id(),
                    null, null, null, null, null, school.pupils() >= 450 ? 2.0 : 1.5, null,
                    school.pupils() >= 450 ? 120 : 90, List.of(Role.PSYCHOLOGIST, Role.PEDAGOGICAL_CONSULTANT), null));
        }
        List<Staff> staff = new ArrayList<>();
        addPprTeam(staff, schools);
        addAktSupervisors(staff, schools);
        addCoTeachers(staff, schools, coTeachingMinutes);
        Term term = new Term("Forår 2027 (syntetisk demo, " + schoolCount + " skoler)", LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 6, 25), Week.A,
                List.of("2027-W07", "2027-W12", "2027-03-29", "2027-05-06", "2027-05-07", "2027-05-17"));
        return new PlanDocument(term, schools, classes, staff, demands, TravelSettings.defaults(), null, Rules.defaults(),
                null, null, null, null);
    }

    private School school(int number, double radiusKm) {
        String id = String.format("s%02d", number);
        String name = PLACES[(number - 1) % PLACES.length] + (number > PLACES.length ? " " + (number / PLACES.length + 1) : "")
                + " Skole";
        double angle = random.nextDouble() * 2 * Math.PI;
        double distance = radiusKm * Math.sqrt(random.nextDouble());
        double lat = CENTRE_LAT + distance * Math.cos(angle) / 111.0;
        double lon = CENTRE_LON + distance * Math.sin(angle) / (111.0 * Math.cos(Math.toRadians(CENTRE_LAT)));
        int pupils = 150 + random.nextInt(13) * 50;
        List<TimeWindow> day = new ArrayList<>();
        for (DayOfWeek weekday : WEEKDAYS) {
            day.add(TimeWindow.of(weekday, "08:00", weekday == DayOfWeek.FRIDAY ? "13:30" : "15:30"));
        }
        DayOfWeek meetingDay = WEEKDAYS.get(random.nextInt(4));
        DayOfWeek morningDay = WEEKDAYS.get((WEEKDAYS.indexOf(meetingDay) + 2) % 4);
        List<TimeWindow> meetingWindows = List.of(TimeWindow.of(meetingDay, "12:00", "15:30"),
                TimeWindow.of(morningDay, "08:00", "11:30"));
        return new School(id, name, name.replace(" Skole", "vej") + " " + (1 + random.nextInt(80)) + ", syntetisk by",
                round(lat), round(lon), pupils, day, meetingWindows, GRID);
    }

    private SchoolClass schoolClass(School school, int index, int classCount, double needIntensity) {
        int grade = Math.min(9, index * 10 / classCount);
        long sameGradeBefore = java.util.stream.IntStream.range(0, index)
                .filter(i -> Math.min(9, i * 10 / classCount) == grade).count();
        String name = (grade == 0 ? "0" : String.valueOf(grade)) + "." + (char) ('A' + sameGradeBefore);
        double roll = random.nextDouble() / needIntensity;
        NeedLevel need = roll < 0.10 ? NeedLevel.RED : roll < 0.28 ? NeedLevel.YELLOW : NeedLevel.GREEN;
        int lastPeriod = grade <= 3 ? 5 : grade <= 6 ? 6 : 7;
        List<ClassLesson> lessons = new ArrayList<>();
        for (DayOfWeek day : WEEKDAYS) {
            int periods = day == DayOfWeek.FRIDAY ? Math.min(lastPeriod, 5) : lastPeriod + (random.nextInt(3) == 0 ? 1 : 0);
            for (int p = 1; p <= Math.min(8, periods); p++) {
                lessons.add(new ClassLesson(day, p));
            }
        }
        return new SchoolClass(school.id() + "-" + name.replace(".", "").toLowerCase(), school.id(), name, grade,
                20 + random.nextInt(9), need, lessons);
    }

    private Demand coTeaching(SchoolClass schoolClass) {
        int lessons = switch (schoolClass.needLevel()) {
            case RED -> 4 + random.nextInt(2);
            case YELLOW -> 2 + random.nextInt(2);
            case GREEN -> random.nextInt(10) == 0 ? 2 : 0;
        };
        if (lessons == 0) {
            return null;
        }
        Competence competence = COMPETENCE_MIX[random.nextInt(COMPETENCE_MIX.length)];
        List<Role> roles = competence == Competence.BEHAVIOUR ? List.of(Role.CO_TEACHER, Role.AKT_SUPERVISOR) : null;
        return new Demand("cot-" + schoolClass.id() + "-" + competence.code(), DemandType.CO_TEACHING, null,
                schoolClass.id(), null, null, competence, lessons, null, null, null, null, null, roles, null);
    }

    /** About one PPR consultant per three to four schools, with 16-22 of their hours given to this plan. */
    private void addPprTeam(List<Staff> staff, List<School> schools) {
        int count = (int) Math.ceil(schoolCount / 3.5) + 1;
        for (int i = 1; i <= count; i++) {
            Role role = i % 3 == 0 ? Role.PEDAGOGICAL_CONSULTANT : Role.PSYCHOLOGIST;
            double hours = 16 + random.nextInt(4) * 2;
            staff.add(new Staff(String.format("ppr-%02d", i), personName(), role, List.of(Competence.WELLBEING),
                    37.0, hours, 7.5, pprOffice(), unavailability(i), List.of(), List.of(), 5));
        }
    }

    private void addAktSupervisors(List<Staff> staff, List<School> schools) {
        int count = (int) Math.ceil(schoolCount / 4.0) + 1;
        for (int i = 1; i <= count; i++) {
            School home = schools.get(random.nextInt(schools.size()));
            staff.add(new Staff(String.format("akt-%02d", i), personName(), Role.AKT_SUPERVISOR,
                    List.of(Competence.BEHAVIOUR, Competence.WELLBEING), 37.0, 28.0, 7.5,
                    new Place(home.name(), home.lat(), home.lon()), unavailability(i + 100), List.of(), List.of(), 6));
        }
    }

    /**
     * Co-teachers per competence, each serving a few neighbouring schools (as municipalities organise them), with
     * about a third more hours than the lessons there need, for travel and slack.
     */
    private void addCoTeachers(List<Staff> staff, List<School> schools, Map<Competence, Map<String, Integer>> demandMinutes) {
        List<School> aroundTheCentre = new ArrayList<>(schools);
        aroundTheCentre.sort(java.util.Comparator.comparingDouble(
                school -> Math.atan2(school.lat() - CENTRE_LAT, school.lon() - CENTRE_LON)));
        int number = 1;
        for (Competence competence : Competence.values()) {
            Map<String, Integer> bySchool = demandMinutes.getOrDefault(competence, Map.of());
            List<School> group = new ArrayList<>();
            int groupMinutes = 0;
            for (School school : aroundTheCentre) {
                int minutes = bySchool.getOrDefault(school.id(), 0);
                if (minutes == 0) {
                    continue;
                }
                group.add(school);
                groupMinutes += minutes;
                if (group.size() == 3 || groupMinutes >= 15 * 60) {
                    staff.add(coTeacher(number++, competence, group, groupMinutes));
                    group = new ArrayList<>();
                    groupMinutes = 0;
                }
            }
            if (!group.isEmpty()) {
                staff.add(coTeacher(number++, competence, group, groupMinutes));
            }
        }
    }

    private Staff coTeacher(int number, Competence competence, List<School> group, int weeklyMinutes) {
        boolean partTime = weeklyMinutes < 10 * 60 && random.nextInt(3) == 0;
        double available = partTime ? 18.5 : Math.max(20, Math.min(30, Math.ceil(weeklyMinutes / 60.0 * 1.35)));
        School home = group.get(0);
        List<Competence> competences = new ArrayList<>(List.of(competence));
        Competence second = COMPETENCE_MIX[random.nextInt(COMPETENCE_MIX.length)];
        if (second != competence && random.nextBoolean()) {
            competences.add(second);
        }
        List<TimeWindow> unavailable = partTime ? List.of(new TimeWindow(Week.AB, DayOfWeek.FRIDAY, null, null))
                : unavailability(number + 200);
        return new Staff(String.format("ct-%03d", number), personName(), Role.CO_TEACHER, competences,
                partTime ? 27.0 : 37.0, available, 7.0, new Place(home.name(), home.lat(), home.lon()), unavailable,
                random.nextInt(3) == 0 ? List.of(home.id()) : List.of(), List.of(), 3);
    }

    /** A few people have a fixed afternoon off or an office day. */
    private List<TimeWindow> unavailability(int salt) {
        return switch (Math.floorMod(salt * 7 + random.nextInt(10), 10)) {
            case 0 -> List.of(new TimeWindow(Week.AB, DayOfWeek.WEDNESDAY, LocalTime.of(12, 0), LocalTime.of(16, 0)));
            case 1 -> List.of(new TimeWindow(Week.B, DayOfWeek.THURSDAY, null, null));
            default -> List.of();
        };
    }

    private Place pprOffice() {
        return new Place("PPR, Rådhuset (syntetisk)", CENTRE_LAT, CENTRE_LON);
    }

    private String personName() {
        String name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        nameCounter++;
        return nameCounter > FIRST_NAMES.length * 3 ? name + " " + (char) ('A' + nameCounter % 26) + "." : name;
    }

    private static LessonPeriod period(int number, String start, String end) {
        return new LessonPeriod(number, LocalTime.parse(start), LocalTime.parse(end));
    }

    private static double round(double coordinate) {
        return Math.round(coordinate * 100000) / 100000.0;
    }
}
