package dk.ressourceplan.io.export;

import dk.ressourceplan.domain.Demand;
import dk.ressourceplan.domain.Kpis;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.Uncovered;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The tables the CSV and spreadsheet exports share: the sessions of the fortnight template, the uncovered demand
 * and the plan's key figures, each with Danish column names.
 */
final class ExportTables {

    /**
     * "Gælder fra/til" are blank for a session that holds all term, and set after a rerun; "Låst" says what a planner
     * has locked (tid og personer, or person), blank when nothing.
     */
    static final List<String> SESSION_HEADERS = List.of("Uge", "Dag", "Start", "Slut", "Skole", "Klasse/møde",
            "Medarbejder", "Rolle", "Kompetence", "Behov-id", "Gælder fra", "Gælder til", "Låst");

    private static final Comparator<PlanSession> TIMETABLE_ORDER = Comparator
            .comparing(PlanSession::day)
            .thenComparing(PlanSession::start)
            .thenComparing(PlanSession::week)
            .thenComparing(PlanSession::end)
            .thenComparing(PlanSession::schoolId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(PlanSession::id);

    private ExportTables() {
    }

    static ExportTable sessions(PlanView view, ExportFilter filter) {
        List<List<Object>> rows = filter.sessionsOf(view.plan()).stream()
                .sorted(TIMETABLE_ORDER)
                .<List<Object>>map(s -> List.of(
                        DanishLabels.week(s.week()),
                        DanishLabels.weekday(s.day()),
                        s.start().toString(),
                        s.end().toString(),
                        view.schoolName(s.schoolId()),
                        view.subject(s.type(), s.demandId(), s.classId()),
                        view.staffName(s.staffId()),
                        view.roleOf(s.staffId()),
                        view.competenceOf(s.demandId()),
                        s.demandId(),
                        s.from() == null ? "" : s.from().toString(),
                        s.to() == null ? "" : s.to().toString(),
                        DanishLabels.lock(s.locked())))
                .toList();
        return new ExportTable("Aftaler", SESSION_HEADERS, rows);
    }

    static ExportTable uncovered(PlanView view, ExportFilter filter) {
        List<List<Object>> rows = filter.uncoveredOf(view.plan()).stream()
                .<List<Object>>map(u -> List.of(
                        u.demandId(),
                        view.schoolName(u.schoolId()),
                        subject(view, u),
                        u.seat() == null ? "" : u.seat(),
                        u.priority() == null ? "" : DanishLabels.needLevel(u.priority()),
                        u.minutesPerFortnight(),
                        u.reason() == null ? "" : u.reason(),
                        u.from() == null ? "" : u.from().toString(),
                        u.to() == null ? "" : u.to().toString()))
                .toList();
        return new ExportTable("Udækket", List.of("Behov-id", "Skole", "Klasse/møde", "Plads", "Prioritet",
                "Minutter pr. 14 dage", "Årsag", "Gælder fra", "Gælder til"), rows);
    }

    private static String subject(PlanView view, Uncovered uncovered) {
        return view.demand(uncovered.demandId()).map(Demand::type)
                .map(type -> view.subject(type, uncovered.demandId(), uncovered.classId()))
                .orElse(view.className(uncovered.classId()));
    }

    /** The key figures are for the whole plan, also in a school's or a person's export; the header says so. */
    static ExportTable keyFigures(PlanView view) {
        Kpis kpis = view.plan().kpis();
        List<List<Object>> rows = new ArrayList<>();
        if (kpis != null) {
            rows.add(List.of("Planen overholder alle faste regler", DanishLabels.yesNo(kpis.feasible())));
            rows.add(List.of("Dækning af behov (%)", kpis.coveragePercent()));
            for (NeedLevel level : NeedLevel.values()) {
                Integer minutes = kpis.uncoveredByPriority() == null ? null : kpis.uncoveredByPriority().get(level);
                rows.add(List.of("Udækket, " + DanishLabels.needLevel(level) + " (minutter pr. 14 dage)",
                        minutes == null ? 0 : minutes));
            }
            rows.add(List.of("Transporttid pr. 14 dage (minutter)", kpis.travelMinutesPerFortnight()));
            rows.add(List.of("Kontinuitet i co-teaching (%)", kpis.coTeachingContinuityPercent()));
            rows.add(List.of("Kontinuitet i PPR-kontakt (%)", kpis.pprContinuityPercent()));
            rows.add(List.of("Laveste udnyttelse af en medarbejder (%)", kpis.utilisationMinPercent()));
            rows.add(List.of("Højeste udnyttelse af en medarbejder (%)", kpis.utilisationMaxPercent()));
            rows.add(List.of("Største andel mødetid for en medarbejder (%)", kpis.meetingSharePercentMax()));
            if (kpis.programmeWeeksCoveredPercent() != null) {
                rows.add(List.of("Forløbsuger med en medarbejder, af dem skolerne kan forvente (%)",
                        kpis.programmeWeeksCoveredPercent()));
            }
            if (kpis.coordinationMeetingsOnTime() != null) {
                rows.add(List.of("Koordinerings- og prioriteringsmøder holdt til tiden (%)", kpis.coordinationMeetingsOnTime()));
            }
            if (kpis.changedSessions() != null) {
                rows.add(List.of("Ændrede aftaler ved genplanlægning", kpis.changedSessions()));
            }
            if (kpis.changedSchools() != null) {
                rows.add(List.of("Berørte skoler ved genplanlægning", kpis.changedSchools()));
            }
        }
        return new ExportTable("Nøgletal", List.of("Nøgletal for hele planen", "Værdi"), rows);
    }
}
