package dk.ressourceplan.io;

import dk.ressourceplan.domain.ClassLesson;
import dk.ressourceplan.domain.Competence;
import dk.ressourceplan.domain.DatedWork;
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
import dk.ressourceplan.domain.TermCalendar;
import dk.ressourceplan.domain.TimeWindow;
import dk.ressourceplan.domain.TravelSettings;
import dk.ressourceplan.domain.TravelTimes;
import dk.ressourceplan.domain.Week;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * A made-up municipality whose proportions follow the brief: schools of 150-750 pupils with about 25 pupils a
 * class, needs concentrated in some classes and some schools, a fortnightly 90-minute collaboration meeting and
 * weekly PPR presence at every school, a PPR team and co-teachers sized to the demand, part-timers and a few
 * unavailable days. Everything in it is synthetic: no real school, person or pupil.
 *
 * <p>Given a staffing share, the municipality is short-staffed as most are: each pool of staff has that share of
 * the hours demanded of it, and the term has what a real one has and the plentiful demo does without: a reading
 * band shorter than a lesson, four-day part-timers, a school across the fjord with its road minutes given, team
 * meetings, and morning meeting windows in week A only.
 */
public final class SyntheticMunicipality {

    /** From a tenth of the demand, where most pools still have someone, to three times it, well past plenty. */
    public static final int MIN_STAFFING_PERCENT = 10;
    public static final int MAX_STAFFING_PERCENT = 300;

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
    /** The same day opened by a 25-minute reading band (læsebånd), the lessons after it moved later to make room. */
    private static final List<LessonPeriod> GRID_WITH_READING_BAND = List.of(
            period(0, "08:00", "08:25"), period(1, "08:25", "09:10"), period(2, "09:10", "09:55"),
            period(3, "10:15", "11:00"), period(4, "11:00", "11:45"), period(5, "12:15", "13:00"),
            period(6, "13:00", "13:45"), period(7, "13:55", "14:40"), period(8, "14:40", "15:25"));
    private static final int READING_BAND = 0;
    /** The years that are learning to read and reading to learn; the oldest and the youngest start with lesson 1. */
    private static final int READING_BAND_FIRST_GRADE = 1;
    private static final int READING_BAND_LAST_GRADE = 6;
    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    /** How often each competence is asked for in co-teaching; reading and behaviour dominate. */
    private static final Competence[] COMPETENCE_MIX = {Competence.READING, Competence.READING, Competence.READING,
            Competence.BEHAVIOUR, Competence.BEHAVIOUR, Competence.BEHAVIOUR, Competence.MATHS, Competence.MATHS,
            Competence.DLD, Competence.AUTISM, Competence.WELLBEING, Competence.WELLBEING};

    /** How much further out than the rest the school across the fjord lies. */
    private static final double FAR_SCHOOL_EXTRA_KM = 8;
    /** The road round the fjord against the straight line across it, which the estimate from coordinates takes. */
    private static final int ROUND_THE_FJORD_MINUTES = 15;
    private static final int TEAM_MEETING_MINUTES = 60;
    /** Four days of a 37-hour week. */
    private static final double FOUR_DAY_CONTRACT_HOURS = 29.6;
    private static final double FULL_TIME_HOURS = 37.0;
    /**
     * The most a short-staffed pool gives one person for this plan. PPR staff spend most of their week on
     * assessments and AKT supervisors on guidance outside it; a co-teacher stays within four days at 7 hours, so
     * that a part-timer can hold the same share.
     */
    private static final int PPR_MAX_HOURS = 12;
    private static final int AKT_MAX_HOURS = 12;
    private static final int CO_TEACHER_MAX_HOURS = 28;
    /** Less is too little for a co-teacher to take on a red class's four or five lessons. */
    private static final int CO_TEACHER_MIN_HOURS = 3;
    private static final int PPR_MAX_SCHOOLS = 5;
    private static final int AKT_MAX_SCHOOLS = 6;
    private static final int CO_TEACHER_MAX_SCHOOLS = 3;

    private final Random random;
    private final int schoolCount;
    /** Null for today's plentiful staffing. */
    private final Integer staffingPercent;
    private int nameCounter;

    private SyntheticMunicipality(int schoolCount, long seed, Integer staffingPercent) {
        this.schoolCount = schoolCount;
        this.random = new Random(seed);
        this.staffingPercent = staffingPercent;
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
        if (staffingPercent != null
                && (staffingPercent < MIN_STAFFING_PERCENT || staffingPercent > MAX_STAFFING_PERCENT)) {
            throw new IllegalArgumentException("staffing must be " + MIN_STAFFING_PERCENT + "-" + MAX_STAFFING_PERCENT
                    + " percent of the hours demanded (given: " + staffingPercent + ")");
        }
        return new SyntheticMunicipality(schools, seed, staffingPercent).generate();
    }

    private boolean shortStaffed() {
        return staffingPercent != null;
    }

    private PlanDocument generate() {
        List<School> schools = new ArrayList<>();
        List<SchoolClass> classes = new ArrayList<>();
        List<Demand> demands = new ArrayList<>();
        Map<Competence, Map<String, Double>> coTeachingMinutes = new EnumMap<>(Competence.class);
        double radiusKm = 2.5 * Math.sqrt(schoolCount);
        for (int i = 1; i <= schoolCount; i++) {
            School school = school(i, radiusKm);
            schools.add(school);
            double needIntensity = 0.5 + random.nextDouble() * 1.2;
            int classCount = Math.max(7, Math.round(school.pupils() / 25f));
            List<SchoolClass> schoolClasses = new ArrayList<>();
            for (int c = 0; c < classCount; c++) {
                SchoolClass schoolClass = schoolClass(school, c, classCount, needIntensity);
                schoolClasses.add(schoolClass);
                Demand demand = coTeaching(schoolClass);
                if (demand != null) {
                    demands.add(demand);
                    coTeachingMinutes.computeIfAbsent(demand.competence(), k -> new HashMap<>())
                            .merge(school.id(), demand.lessonsPerWeek() * averageLessonMinutes(school, schoolClass),
                                    Double::sum);
                }
            }
            classes.addAll(schoolClasses);
            demands.add(new Demand("meet-" + school.id(), DemandType.COLLABORATION_MEETING,
                    "Samarbejds- og indsatsmøde", null, school.id(), null, null, null, 90,
                    List.of(List.of(Role.PSYCHOLOGIST, Role.PEDAGOGICAL_CONSULTANT), List.of(Role.AKT_SUPERVISOR)),
                    null, null, null, null, null));
            if (holdsTeamMeeting(i)) {
                demands.add(teamMeeting(school, schoolClasses));
            }
            demands.add(new Demand("presence-" + school.id(), DemandType.PRESENCE, "PPR-tilstedeværelse", null, school.id(),
                    null, null, null, null, null, school.pupils() >= 450 ? 2.0 : 1.5, null,
                    school.pupils() >= 450 ? 120 : 90, List.of(Role.PSYCHOLOGIST, Role.PEDAGOGICAL_CONSULTANT), null));
        }
        List<Staff> staff = new ArrayList<>();
        if (shortStaffed()) {
            addShortPprTeam(staff, demands);
            addShortAktTeam(staff, schools, demands);
            addShortCoTeachers(staff, schools, coTeachingMinutes);
        } else {
            addPprTeam(staff, schools);
            addAktSupervisors(staff, schools);
            addCoTeachers(staff, schools, coTeachingMinutes);
        }
        String termName = "Forår 2027 (syntetisk demo, " + schoolCount + " skoler"
                + (shortStaffed() ? ", " + staffingPercent + " % bemanding)" : ")");
        Term term = new Term(termName, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 6, 25), Week.A,
                List.of("2027-W07", "2027-W12", "2027-03-29", "2027-05-06", "2027-05-07", "2027-05-17"));
        return new PlanDocument(term, schools, classes, staff, demands, travel(schools, staff), null, Rules.defaults(),
                null, null, null, null);
    }

    /**
     * The term with the dated work of the sources added (docs/term-calendar.md): every school a coordination meeting
     * every 4-8 weeks by its size (its PPR contact, and the AKT supervisor at schools of 400 pupils or more) and
     * programmes (forløb) as its pupils lead it to expect, and psychologists for the programmes: one per three
     * programmes running at once across the municipality, eight hours a week each, at the PPR office. Everything
     * else is as generated, so the same municipality can be solved with and without dated work. The psychologists
     * are as many as the busiest week's programmes need at three each, and one more.
     */
    public static PlanDocument withDatedWork(PlanDocument term) {
        List<Demand> demands = new ArrayList<>(term.demands());
        for (School school : term.schools()) {
            List<List<Role>> seats = new ArrayList<>();
            seats.add(List.of(Role.PSYCHOLOGIST, Role.PEDAGOGICAL_CONSULTANT));
            if (school.pupils() >= 400) {
                seats.add(List.of(Role.AKT_SUPERVISOR));
            }
            demands.add(new Demand("koord-" + school.id(), DemandType.COORDINATION_MEETING,
                    "Koordinerings- og prioriteringsmøde", null, school.id(), null, null, null, 60, seats, null, null,
                    null, null, null, null, null, null));
            demands.add(new Demand("forloeb-" + school.id(), DemandType.PROGRAMME, "Forløb", null, school.id(), null,
                    null, null, 60, null, null, null, null, List.of(Role.PSYCHOLOGIST), null, null, null, 6));
        }
        int running = busiestWeekOfProgrammes(new PlanDocument(term.term(), term.schools(), term.classes(),
                term.staff(), demands, null, null, null, null, null, null, null));
        List<Staff> staff = new ArrayList<>(term.staff());
        Staff colleague = term.staff().stream().filter(person -> person.role().isPpr()).findFirst().orElseThrow();
        TravelSettings travel = term.travelOrDefaults();
        List<TravelSettings.TravelEntry> minutes = new ArrayList<>(travel.minutes() == null ? List.of() : travel.minutes());
        int psychologists = (running + Staff.DEFAULT_MAX_PROGRAMMES - 1) / Staff.DEFAULT_MAX_PROGRAMMES + 1;
        for (int i = 1; i <= psychologists; i++) {
            String id = String.format("forloeb-%02d", i);
            staff.add(new Staff(id, "Forløbspsykolog " + i, Role.PSYCHOLOGIST, List.of(Competence.WELLBEING), 37.0, 8.0,
                    7.5, colleague.base(), List.of(), List.of(), List.of(), null));
            // The road round the fjord from the PPR office, as for the colleague who starts there too.
            for (TravelSettings.TravelEntry entry : travel.minutes() == null ? List.<TravelSettings.TravelEntry>of() : travel.minutes()) {
                if (entry.from().equals(colleague.id())) {
                    minutes.add(new TravelSettings.TravelEntry(id, entry.to(), entry.minutes()));
                }
            }
        }
        String name = term.term().name();
        Term named = new Term(name.endsWith(")") ? name.substring(0, name.length() - 1) + ", forløb og koordineringsmøder)"
                : name, term.term().firstDate(), term.term().lastDate(), term.term().firstWeek(), term.term().holidays());
        return new PlanDocument(named, term.schools(), term.classes(), staff, demands,
                travel.minutes() == null ? term.travel() : new TravelSettings(travel.speedKmh(), travel.detourFactor(),
                        travel.minutesPerTrip(), minutes), term.weights(), term.rules(), null, null, null, null);
    }

    /** The most programmes running in any week of the term, as they are placed. */
    private static int busiestWeekOfProgrammes(PlanDocument term) {
        List<DatedWork.Occurrence> programmes = DatedWork.of(term).stream().filter(DatedWork.Occurrence::isProgramme)
                .toList();
        return new TermCalendar(term.term()).teachingMondays().stream()
                .mapToInt(monday -> (int) programmes.stream().filter(p -> p.holdsOn(monday)).count()).max().orElse(0);
    }

    private School school(int number, double radiusKm) {
        String id = String.format("s%02d", number);
        String name = PLACES[(number - 1) % PLACES.length] + (number > PLACES.length ? " " + (number / PLACES.length + 1) : "")
                + " Skole";
        double angle = random.nextDouble() * 2 * Math.PI;
        double distance = isAcrossTheFjord(number) ? radiusKm + FAR_SCHOOL_EXTRA_KM : radiusKm * Math.sqrt(random.nextDouble());
        double lat = CENTRE_LAT + distance * Math.cos(angle) / 111.0;
        double lon = CENTRE_LON + distance * Math.sin(angle) / (111.0 * Math.cos(Math.toRadians(CENTRE_LAT)));
        int pupils = 150 + random.nextInt(13) * 50;
        List<TimeWindow> day = new ArrayList<>();
        for (DayOfWeek weekday : WEEKDAYS) {
            day.add(TimeWindow.of(weekday, "08:00", weekday == DayOfWeek.FRIDAY ? "13:30" : "15:30"));
        }
        DayOfWeek meetingDay = WEEKDAYS.get(random.nextInt(4));
        DayOfWeek morningDay = WEEKDAYS.get((WEEKDAYS.indexOf(meetingDay) + 2) % 4);
        // Every third short-staffed school keeps its week-B mornings for its own teams, so PPR gets week A only.
        Week morningWeek = shortStaffed() && number % 3 == 1 ? Week.A : Week.AB;
        List<TimeWindow> meetingWindows = List.of(TimeWindow.of(meetingDay, "12:00", "15:30"),
                new TimeWindow(morningWeek, morningDay, LocalTime.of(8, 0), LocalTime.of(11, 30)));
        return new School(id, name, name.replace(" Skole", "vej") + " " + (1 + random.nextInt(80)) + ", syntetisk by",
                round(lat), round(lon), pupils, day, meetingWindows, hasReadingBand(number) ? GRID_WITH_READING_BAND : GRID);
    }

    /** The last school of a short-staffed municipality lies across the fjord, far from the others. */
    private boolean isAcrossTheFjord(int number) {
        return shortStaffed() && schoolCount > 1 && number == schoolCount;
    }

    /** Every other short-staffed school opens the day with a reading band. */
    private boolean hasReadingBand(int number) {
        return shortStaffed() && number % 2 == 1;
    }

    /** Every other short-staffed school also meets PPR with the team of one year group. */
    private boolean holdsTeamMeeting(int number) {
        return shortStaffed() && number % 2 == 0;
    }

    private SchoolClass schoolClass(School school, int index, int classCount, double needIntensity) {
        int grade = Math.min(9, index * 10 / classCount);
        long sameGradeBefore = IntStream.range(0, index)
                .filter(i -> Math.min(9, i * 10 / classCount) == grade).count();
        String name = (grade == 0 ? "0" : String.valueOf(grade)) + "." + (char) ('A' + sameGradeBefore);
        double roll = random.nextDouble() / needIntensity;
        NeedLevel need = roll < 0.10 ? NeedLevel.RED : roll < 0.28 ? NeedLevel.YELLOW : NeedLevel.GREEN;
        int lastPeriod = grade <= 3 ? 5 : grade <= 6 ? 6 : 7;
        boolean readingBand = school.period(READING_BAND).isPresent()
                && grade >= READING_BAND_FIRST_GRADE && grade <= READING_BAND_LAST_GRADE;
        List<ClassLesson> lessons = new ArrayList<>();
        for (DayOfWeek day : WEEKDAYS) {
            if (readingBand) {
                lessons.add(new ClassLesson(day, READING_BAND));
            }
            int periods = day == DayOfWeek.FRIDAY ? Math.min(lastPeriod, 5) : lastPeriod + (random.nextInt(3) == 0 ? 1 : 0);
            for (int p = 1; p <= Math.min(8, periods); p++) {
                lessons.add(new ClassLesson(day, p));
            }
        }
        return new SchoolClass(school.id() + "-" + name.replace(".", "").toLowerCase(), school.id(), name, grade,
                20 + random.nextInt(9), need, lessons);
    }

    /**
     * How long a co-teaching lesson in this class lasts. It may land in any of the class's lessons, so a class
     * with a reading band counts at the average of its timetable.
     */
    private static double averageLessonMinutes(School school, SchoolClass schoolClass) {
        return schoolClass.lessons().stream()
                .mapToInt(lesson -> school.period(lesson.period())
                        .map(p -> (int) Duration.between(p.start(), p.end()).toMinutes()).orElseThrow())
                .average().orElseThrow();
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

    /**
     * A fortnightly hour between PPR and the team of the year group with the most classes in need: the national
     * agency suggests PPR take part in the schools' team meetings besides the school's own meeting fora.
     */
    private static Demand teamMeeting(School school, List<SchoolClass> schoolClasses) {
        Map<Integer, Long> inNeedByGrade = new HashMap<>();
        schoolClasses.stream().filter(c -> c.needLevel() != NeedLevel.GREEN)
                .forEach(c -> inNeedByGrade.merge(c.grade(), 1L, Long::sum));
        int grade = inNeedByGrade.entrySet().stream()
                .max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(schoolClasses.get(0).grade());
        List<String> team = schoolClasses.stream().filter(c -> c.grade() == grade).map(SchoolClass::id).toList();
        return new Demand("team-" + school.id(), DemandType.COLLABORATION_MEETING, "Teammøde, " + grade + ". årgang",
                null, school.id(), team, null, null, TEAM_MEETING_MINUTES,
                List.of(List.of(Role.PSYCHOLOGIST, Role.PEDAGOGICAL_CONSULTANT)), null, null, null, null, null);
    }

    /** About one PPR consultant per three to four schools, with 16-22 of their hours given to this plan. */
    private void addPprTeam(List<Staff> staff, List<School> schools) {
        int count = (int) Math.ceil(schoolCount / 3.5) + 1;
        for (int i = 1; i <= count; i++) {
            Role role = pprRole(i);
            double hours = 16 + random.nextInt(4) * 2;
            staff.add(new Staff(String.format("ppr-%02d", i), personName(), role, List.of(Competence.WELLBEING),
                    37.0, hours, 7.5, pprOffice(), unavailability(i), List.of(), List.of(), PPR_MAX_SCHOOLS));
        }
    }

    private void addAktSupervisors(List<Staff> staff, List<School> schools) {
        int count = (int) Math.ceil(schoolCount / 4.0) + 1;
        for (int i = 1; i <= count; i++) {
            School home = schools.get(random.nextInt(schools.size()));
            staff.add(new Staff(String.format("akt-%02d", i), personName(), Role.AKT_SUPERVISOR,
                    List.of(Competence.BEHAVIOUR, Competence.WELLBEING), 37.0, 28.0, 7.5, placeOf(home),
                    unavailability(i + 100), List.of(), List.of(), AKT_MAX_SCHOOLS));
        }
    }

    /**
     * Co-teachers per competence, each serving a few neighbouring schools (as municipalities organise them), with
     * about a third more hours than the lessons there need, for travel and slack.
     */
    private void addCoTeachers(List<Staff> staff, List<School> schools, Map<Competence, Map<String, Double>> demandMinutes) {
        int number = 1;
        for (Competence competence : Competence.values()) {
            for (SchoolGroup group : neighbourGroups(schools, demandMinutes.getOrDefault(competence, Map.of()))) {
                staff.add(coTeacher(number++, competence, group.schools(), group.weeklyMinutes()));
            }
        }
    }

    /** Schools that need a competence, taken round the centre in groups of up to three or 15 hours a week. */
    private static List<SchoolGroup> neighbourGroups(List<School> schools, Map<String, Double> weeklyMinutesBySchool) {
        List<School> aroundTheCentre = new ArrayList<>(schools);
        aroundTheCentre.sort(Comparator.comparingDouble(
                school -> Math.atan2(school.lat() - CENTRE_LAT, school.lon() - CENTRE_LON)));
        List<SchoolGroup> groups = new ArrayList<>();
        List<School> group = new ArrayList<>();
        double groupMinutes = 0;
        for (School school : aroundTheCentre) {
            double minutes = weeklyMinutesBySchool.getOrDefault(school.id(), 0.0);
            if (minutes == 0) {
                continue;
            }
            group.add(school);
            groupMinutes += minutes;
            if (group.size() == 3 || groupMinutes >= 15 * 60) {
                groups.add(new SchoolGroup(group, groupMinutes));
                group = new ArrayList<>();
                groupMinutes = 0;
            }
        }
        if (!group.isEmpty()) {
            groups.add(new SchoolGroup(group, groupMinutes));
        }
        return groups;
    }

    private Staff coTeacher(int number, Competence competence, List<School> group, double weeklyMinutes) {
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
                partTime ? 27.0 : 37.0, available, 7.0, placeOf(home), unavailable,
                random.nextInt(3) == 0 ? List.of(home.id()) : List.of(), List.of(), CO_TEACHER_MAX_SCHOOLS);
    }

    /**
     * The PPR contacts for the meetings and presence hours: a seat open to a psychologist or a pedagogical
     * consultant is one pool, so both roles are sized together.
     */
    private void addShortPprTeam(List<Staff> staff, List<Demand> demands) {
        List<Integer> halfHours = shortTeam(halfHoursFor(schoolLevelMinutes(demands, Role::isPpr)), PPR_MAX_HOURS,
                PPR_MAX_SCHOOLS);
        for (int i = 1; i <= halfHours.size(); i++) {
            Contract contract = contract(i);
            staff.add(new Staff(String.format("ppr-%02d", i), personName(), pprRole(i), List.of(Competence.WELLBEING),
                    contract.contractedHours(), halfHours.get(i - 1) / 2.0, 7.5, pprOffice(), contract.unavailable(),
                    List.of(), List.of(), PPR_MAX_SCHOOLS));
        }
    }

    /**
     * AKT supervisors sized to the meeting seats only AKT can fill. Behaviour co-teaching is open to them too, but
     * it is sized on the co-teachers, whom it asks for first, so that no hour is counted for two pools.
     */
    private void addShortAktTeam(List<Staff> staff, List<School> schools, List<Demand> demands) {
        List<Integer> halfHours = shortTeam(halfHoursFor(schoolLevelMinutes(demands, role -> role == Role.AKT_SUPERVISOR)),
                AKT_MAX_HOURS, AKT_MAX_SCHOOLS);
        for (int i = 1; i <= halfHours.size(); i++) {
            School home = schools.get(random.nextInt(schools.size()));
            Contract contract = contract(i + 100);
            staff.add(new Staff(String.format("akt-%02d", i), personName(), Role.AKT_SUPERVISOR,
                    List.of(Competence.BEHAVIOUR, Competence.WELLBEING), contract.contractedHours(),
                    halfHours.get(i - 1) / 2.0, 7.5, placeOf(home), contract.unavailable(), List.of(), List.of(),
                    AKT_MAX_SCHOOLS));
        }
    }

    /**
     * Co-teachers per competence in the same neighbourhood groups as the plentiful staff; the competence's share
     * is divided between its groups by their demand, and a group that needs more than one person gets several.
     * Each has the one competence, so that each competence's hours are the share asked for.
     */
    private void addShortCoTeachers(List<Staff> staff, List<School> schools,
            Map<Competence, Map<String, Double>> demandMinutes) {
        int number = 1;
        for (Competence competence : Competence.values()) {
            List<SchoolGroup> groups = withoutTinyShares(
                    neighbourGroups(schools, demandMinutes.getOrDefault(competence, Map.of())));
            double weeklyMinutes = groups.stream().mapToDouble(SchoolGroup::weeklyMinutes).sum();
            List<Integer> groupHalfHours = apportion(halfHoursFor(2 * weeklyMinutes),
                    groups.stream().map(SchoolGroup::weeklyMinutes).toList());
            for (int g = 0; g < groups.size(); g++) {
                int people = ceilDiv(groupHalfHours.get(g), 2 * CO_TEACHER_MAX_HOURS);
                for (int halfHours : evenly(groupHalfHours.get(g), people)) {
                    staff.add(shortCoTeacher(number++, competence, groups.get(g).schools(), halfHours / 2.0));
                }
            }
        }
    }

    /**
     * A group whose share would come to less than a co-teacher can do much with joins its neighbour round the
     * centre, so that the hours are not stranded with someone who can cover no class; the joined group's
     * co-teachers may then serve all its schools.
     */
    private List<SchoolGroup> withoutTinyShares(List<SchoolGroup> groups) {
        List<SchoolGroup> joined = new ArrayList<>(groups);
        int tiny = indexOfTinyShare(joined);
        while (tiny >= 0 && joined.size() > 1) {
            int neighbour = tiny == 0 ? 1 : tiny - 1;
            joined.set(neighbour, joined.get(neighbour).with(joined.get(tiny)));
            joined.remove(tiny);
            tiny = indexOfTinyShare(joined);
        }
        return joined;
    }

    private int indexOfTinyShare(List<SchoolGroup> groups) {
        return IntStream.range(0, groups.size())
                .filter(g -> groups.get(g).weeklyMinutes() * staffingPercent / 100 < CO_TEACHER_MIN_HOURS * 60)
                .findFirst().orElse(-1);
    }

    private Staff shortCoTeacher(int number, Competence competence, List<School> group, double hours) {
        School home = group.get(0);
        Contract contract = contract(number + 200);
        return new Staff(String.format("ct-%03d", number), personName(), Role.CO_TEACHER, List.of(competence),
                contract.contractedHours(), hours, 7.0, placeOf(home), contract.unavailable(),
                random.nextInt(3) == 0 ? List.of(home.id()) : List.of(), List.of(),
                Math.max(CO_TEACHER_MAX_SCHOOLS, group.size()));
    }

    /**
     * Minutes a fortnight that meetings and presence ask of a role. A seat counts for the first role it names, so
     * a seat open to a psychologist or a pedagogical consultant counts once.
     */
    private static double schoolLevelMinutes(List<Demand> demands, Predicate<Role> role) {
        double minutes = 0;
        for (Demand demand : demands) {
            for (List<Role> seat : demand.seatRoles()) {
                if (!role.test(seat.get(0))) {
                    continue;
                }
                if (demand.type() == DemandType.COLLABORATION_MEETING) {
                    minutes += demand.meetingMinutes();
                } else if (demand.type() == DemandType.PRESENCE) {
                    minutes += 60 * (demand.presenceIsWeekly() ? 2 * demand.hoursPerWeek() : demand.hoursPerFortnight());
                }
            }
        }
        return minutes;
    }

    /** The staffing share of minutes demanded per fortnight, as half-hours a week: staff hours are given so. */
    private int halfHoursFor(double demandedMinutesPerFortnight) {
        return (int) Math.round(demandedMinutesPerFortnight / 2 * staffingPercent / 100 / 30);
    }

    /**
     * A school-level team's half-hours, one entry per person: as few people as the hours allow, but enough that
     * every school can have one within the cap on schools, so that hours and not the cap are what is short.
     */
    private List<Integer> shortTeam(int halfHours, int maxHours, int maxSchools) {
        int people = Math.max(ceilDiv(halfHours, 2 * maxHours), ceilDiv(schoolCount, maxSchools));
        return evenly(halfHours, Math.min(people, halfHours));
    }

    /** A third of the short-staffed people work four days a week, with a whole weekday off; the rest full time. */
    private Contract contract(int salt) {
        if (random.nextInt(3) == 0) {
            return new Contract(FOUR_DAY_CONTRACT_HOURS,
                    List.of(new TimeWindow(Week.AB, WEEKDAYS.get(random.nextInt(WEEKDAYS.size())), null, null)));
        }
        return new Contract(FULL_TIME_HOURS, unavailability(salt));
    }

    /** A few people have a fixed afternoon off or an office day. */
    private List<TimeWindow> unavailability(int salt) {
        return switch (Math.floorMod(salt * 7 + random.nextInt(10), 10)) {
            case 0 -> List.of(new TimeWindow(Week.AB, DayOfWeek.WEDNESDAY, LocalTime.of(12, 0), LocalTime.of(16, 0)));
            case 1 -> List.of(new TimeWindow(Week.B, DayOfWeek.THURSDAY, null, null));
            default -> List.of();
        };
    }

    /**
     * The estimate from coordinates takes the straight line across the fjord; the road goes round it. So the
     * minutes to and from the school across the fjord are given, as a planner would take them from a route planner.
     */
    private TravelSettings travel(List<School> schools, List<Staff> staff) {
        if (!isAcrossTheFjord(schoolCount)) {
            return TravelSettings.defaults();
        }
        School far = schools.get(schools.size() - 1);
        List<TravelSettings.TravelEntry> minutes = new ArrayList<>();
        for (School school : schools.subList(0, schools.size() - 1)) {
            minutes.add(new TravelSettings.TravelEntry(school.id(), far.id(), roundTheFjord(placeOf(school), far)));
        }
        for (Staff person : staff) {
            if (person.base().equals(placeOf(far))) {
                for (School school : schools.subList(0, schools.size() - 1)) {
                    minutes.add(new TravelSettings.TravelEntry(person.id(), school.id(), roundTheFjord(person.base(), school)));
                }
            } else {
                minutes.add(new TravelSettings.TravelEntry(person.id(), far.id(), roundTheFjord(person.base(), far)));
            }
        }
        return new TravelSettings(null, null, null, minutes);
    }

    private static int roundTheFjord(Place from, School to) {
        return TravelTimes.estimate(from.lat(), from.lon(), to.lat(), to.lon(), TravelSettings.defaults())
                + ROUND_THE_FJORD_MINUTES;
    }

    /** Every third PPR consultant is a pedagogical consultant, the rest psychologists. */
    private static Role pprRole(int number) {
        return number % 3 == 0 ? Role.PEDAGOGICAL_CONSULTANT : Role.PSYCHOLOGIST;
    }

    private Place pprOffice() {
        return new Place("PPR, Rådhuset (syntetisk)", CENTRE_LAT, CENTRE_LON);
    }

    private static Place placeOf(School school) {
        return new Place(school.name(), school.lat(), school.lon());
    }

    private String personName() {
        String name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        nameCounter++;
        return nameCounter > FIRST_NAMES.length * 3 ? name + " " + (char) ('A' + nameCounter % 26) + "." : name;
    }

    /** {@code total} split into {@code parts} as evenly as whole units allow, the larger parts first. */
    private static List<Integer> evenly(int total, int parts) {
        return IntStream.range(0, parts).mapToObj(i -> total / parts + (i < total % parts ? 1 : 0)).toList();
    }

    /** {@code total} split in proportion to the weights, in whole units that add up to it (largest remainder). */
    private static List<Integer> apportion(int total, List<Double> weights) {
        double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
        int[] parts = new int[weights.size()];
        double[] remainders = new double[weights.size()];
        int given = 0;
        for (int i = 0; i < parts.length; i++) {
            double exact = total * weights.get(i) / sum;
            parts[i] = (int) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        List<Integer> byRemainder = IntStream.range(0, parts.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparingInt(i -> i)).toList();
        for (int i = 0; i < total - given; i++) {
            parts[byRemainder.get(i)]++;
        }
        return IntStream.of(parts).boxed().toList();
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private static LessonPeriod period(int number, String start, String end) {
        return new LessonPeriod(number, LocalTime.parse(start), LocalTime.parse(end));
    }

    private static double round(double coordinate) {
        return Math.round(coordinate * 100000) / 100000.0;
    }

    private record SchoolGroup(List<School> schools, double weeklyMinutes) {

        SchoolGroup with(SchoolGroup other) {
            List<School> together = new ArrayList<>(schools);
            together.addAll(other.schools());
            return new SchoolGroup(together, weeklyMinutes + other.weeklyMinutes());
        }
    }

    private record Contract(double contractedHours, List<TimeWindow> unavailable) {
    }
}
