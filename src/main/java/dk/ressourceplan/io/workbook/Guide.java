package dk.ressourceplan.io.workbook;

import dk.ressourceplan.domain.ConstraintNames;
import dk.ressourceplan.domain.Rule;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The sheet "Vejledning": what each sheet is for, how values are written, what is required; and the weights' words. */
final class Guide {

    private static final String HEADING = "# ";
    /** The column's width in Excel's units: it fits across a portrait A4 page, so the instructions print as they show. */
    private static final int COLUMN_WIDTH = 70;
    /** Letters of running text in a line of that width, on the low side so that no line is cut off. */
    private static final int CHARACTERS_PER_LINE = 75;

    private static final List<String> LINES = List.of(
            HEADING + "Ressourceplan – skabelon for en planperiode",
            "Udfyld arkene og indlæs projektmappen i Ressourceplan. Alt, der er galt, vises på én gang med ark, række "
                    + "og kolonne, fx: Medarbejdere, række 7, 'Timer pr. uge': skal være et tal mellem 0 og 48.",
            "Projektmappen indeholder et lille eksempel. Overskriv det, eller slet rækkerne og skriv dine egne.",
            "",
            HEADING + "Arkene",
            "Termin: planperiodens navn, første og sidste dag, første uge (A eller B) og, i kolonne E, ferier og fridage.",
            "Skoler: én række pr. skole med id, navn, adresse, koordinater (bredde- og længdegrad) og elevtal.",
            "Skoledag: hvornår skolen begynder og slutter hver ugedag; én række pr. skole og dag, og to (uge A og uge B), hvor dagen er forskellig i de to uger.",
            "Mødevinduer: hvornår skolen kan holde samarbejds- og indsatsmøder, i uge A, B eller begge (AB).",
            "Lektionsplan: skolens lektioner med nummer, start og slut.",
            "Klasser: én række pr. klasse med behovsniveau. Behov registreres pr. klasse, aldrig pr. elev: skriv ingen "
                    + "elevnavne.",
            "Klasselektioner: klassens skema, én række pr. klasse og ugedag med lektionernes numre, fx 1,2,3,4,5. "
                    + "Co-teaching kan kun ligge i klassens egne lektioner. Rækker indsat fra skolens skemaprogram "
                    + "(klasse, dag, lektion; fx fra Untis) kan bruges som de er: klassen ved navn, dagen som 1-5, og "
                    + "skolens id i kolonnen Skole-id, hvis flere skoler har en klasse med det navn. Hele skemaer "
                    + "hentes lettere ind med kommandoen import-timetable.",
            "Medarbejdere: rolle, kompetencer, timer, base (hvor dagen starter og slutter), ønsker og hvor mange "
                    + "forløb medarbejderen højst har i gang ad gangen (tom = 3).",
            "Fravær: faste tider, hvor en medarbejder ikke kan, fx fredag, eller onsdag 12:00-16:00 i uge B.",
            "Fraværsperioder (kan stå tomt): dage med dato, hvor en medarbejder er væk, fx en kursusdag, en fridag "
                    + "eller en orlov; én række pr. periode med fra- og til-dato. Planen bruger ikke medarbejderen de dage.",
            "Timer fra dato (kan stå tomt): når en medarbejders timer ændrer sig i planperioden, fx 12,5 timer om ugen "
                    + "fra 2027-03-01. Før den første dato gælder timerne på arket Medarbejdere.",
            "Behov: det, der skal dækkes: co-teaching-lektioner i en klasse, samarbejds- og indsatsmøder hver 14. dag, "
                    + "PPR-tilstedeværelse (observation, konsultation, åben dør), koordinerings- og prioriteringsmøder og "
                    + "forløb.",
            "Transport (kan stå tomt): kendt kørsel i minutter mellem skoler (og en medarbejders base). Alle andre beregnes "
                    + "ud fra koordinaterne med hastighed, omvejsfaktor og minutter pr. tur.",
            "Regler (kan stå tomt): den største andel af tiden, der må gå til møder, og vægte for planens ønsker. "
                    + "Tom = standard.",
            "",
            HEADING + "Sådan skrives værdierne",
            "Datoer: ÅÅÅÅ-MM-DD, fx 2027-01-04 (4-1-2027 forstås også). Fra- og til-datoer tæller begge med.",
            "Tider: TT:MM, fx 08:15 (8.15 forstås også).",
            "Ugedage: mandag, tirsdag, onsdag, torsdag, fredag.",
            "Uger: A, B eller AB (begge uger). Planen gentager sig hver 14. dag som uge A og uge B; ugerne skifter "
                    + "hver kalenderuge, også i ferier.",
            "Ferier og fridage: en uge som uge 7 eller 2027-W07, eller en dag som 2027-05-06; én pr. række.",
            "Decimaltal med komma eller punktum: 7,5 eller 7.5.",
            "Lister i én celle adskilles med komma: læsning, matematik.",
            "Pladser på et møde adskilles med semikolon, og roller, der kan tage samme plads, med 'eller': "
                    + "psykolog eller pædagogisk konsulent; AKT-vejleder.",
            "Roller, kompetencer, behovsniveauer, ugedage, uger og behovstyper vælges på listen i cellen. De engelske "
                    + "koder fra JSON-formatet (psychologist, reading, red, MONDAY …) forstås også.",
            "",
            HEADING + "Hvad skal udfyldes",
            "Kolonner med orange overskrift skal udfyldes på hver række; grå kan stå tomme. Hold musen over en "
                    + "overskrift for at se, hvad der skal stå, og hvad en tom celle betyder.",
            "Hvert id skal være entydigt, og skoler og medarbejdere må ikke dele id (begge indgår i kørslen).",
            "Id'erne binder arkene sammen: Klasser peger på Skoler, Behov på Klasser og Skoler, Fravær, "
                    + "Fraværsperioder og Timer fra dato på Medarbejdere.",
            "Rækkefølgen er ligegyldig, og tomme rækker springes over. Kolonner med andre overskrifter læses ikke, så "
                    + "du kan skrive dine egne noter i dem.",
            "",
            HEADING + "Møder og forløb med datoer",
            "Koordinerings- og prioriteringsmøde: skolens ledelse med de PPR-medarbejdere, der betjener skolen, hver "
                    + "4.-8. uge efter skolens størrelse: hver 8. uge op til 300 elever, hver 4. uge fra 700 elever og "
                    + "derimellem efter elevtallet. Skriv et andet antal uger i kolonnen 'Interval i uger'. Mødet varer "
                    + "60 minutter, hvis intet andet er angivet, og lægges i skolens mødevinduer, så skolen skal have "
                    + "rækker på arket Mødevinduer. Tomme pladser = én plads til psykolog eller pædagogisk konsulent.",
            "Forløb: en psykologs forløb på en skole med en aftale hver uge, som standard 60 minutter i 6 uger. Er "
                    + "'Antal forløb' tom, regnes med ét forløb i gang hele tiden pr. 500 elever. Forløbene spredes "
                    + "jævnt over planperioden og lægges på en ugedag, skolen har i både uge A og uge B.",
            "En medarbejder har højst 3 forløb i gang på samme tid, eller det antal, der står i kolonnen 'Højst "
                    + "forløb ad gangen' på arket Medarbejdere.",
            "En planperiode med datoer planlægges i stykker: den deles, hvor et møde eller forløb begynder eller "
                    + "slutter, hvor en medarbejder er væk, og hvor timerne skifter. De 14 dage planlægges først, og "
                    + "hvert stykke derefter ud fra det forrige: skoler, hvor intet ændrer sig, beholder deres aftaler, og "
                    + "et forløb beholder sin medarbejder og sin tid, medmindre medarbejderen er væk eller stopper.",
            "",
            HEADING + "Ordene på listerne",
            "Roller: " + String.join(", ", Vocabulary.ROLES.offered()) + ".",
            "Kompetencer: " + String.join(", ", Vocabulary.COMPETENCES.offered()) + ".",
            "Behovsniveauer: " + String.join(", ", Vocabulary.NEED_LEVELS.offered())
                    + ". Når timerne ikke slår til, lades grønne behov udækket først.",
            "Behovstyper: " + String.join(", ", Vocabulary.DEMAND_TYPES.offered()) + ".");

    /** What each preference weighs, in the planner's words; its default is stated from {@link ConstraintNames#RULES}. */
    private static final Map<String, String> WEIGHTS = Map.of(
            ConstraintNames.SEVERAL_CO_TEACHERS, "Klassen har mere end én ressourceperson i samme kompetence.",
            ConstraintNames.SEVERAL_PPR_CONTACTS, "Skolen har mere end én kontakt for samme PPR-funktion (psykolog eller "
                    + "pædagogisk konsulent; tale-høre-konsulent).",
            ConstraintNames.TRAVEL_TIME, "Kørsel: minutter i bil mellem skolerne.",
            ConstraintNames.SEVERAL_SCHOOLS_A_DAY, "Mere end én skole på en dag.",
            ConstraintNames.IDLE_TIME, "Ventetid mellem to aftaler ud over reglen 'Ventetid uden straf'.",
            ConstraintNames.UNEVEN_UTILISATION, "Ujævn belastning af medarbejdere med samme rolle.",
            ConstraintNames.UNEVEN_COVERAGE, "Ujævn dækning af skolerne.",
            ConstraintNames.MEETING_LOAD, "Mødetimer ud over den største mødeandel.",
            ConstraintNames.NON_PREFERRED_SCHOOL, "Medarbejder på en skole, der ikke er blandt de foretrukne.",
            ConstraintNames.NON_PREFERRED_DAY, "Aftale på en dag, der ikke er blandt de foretrukne.");

    private Guide() {
    }

    static void write(Sheet sheet, XSSFWorkbook workbook, XSSFCellStyle bold) {
        XSSFCellStyle heading = workbook.createCellStyle();
        XSSFFont font = workbook.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) 13);
        heading.setFont(font);
        XSSFCellStyle text = workbook.createCellStyle();
        text.setWrapText(true);
        text.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        for (int i = 0; i < LINES.size(); i++) {
            Row row = sheet.createRow(i);
            String line = LINES.get(i);
            boolean isHeading = line.startsWith(HEADING);
            row.createCell(0).setCellValue(isHeading ? line.substring(HEADING.length()) : line);
            row.getCell(0).setCellStyle(isHeading ? (i == 0 ? heading : bold) : text);
            // Neither Excel nor LibreOffice grows a row for wrapped text on opening; the height is set here.
            int lines = Math.max(1, (line.length() + CHARACTERS_PER_LINE - 1) / CHARACTERS_PER_LINE);
            row.setHeightInPoints(lines * 15f + (isHeading ? 8 : 0));
        }
        sheet.setColumnWidth(0, COLUMN_WIDTH * 256);
    }

    /** What a weight on the sheet Regler weighs, in Danish, with its default. */
    static String weight(String name) {
        String what = WEIGHTS.get(name);
        if (what == null) {
            return "Vægt for reglen med dette navn.";
        }
        Rule rule = ConstraintNames.rule(name);
        return what + " Standard: " + rule.defaultWeight() + " " + rule.unitDa() + ".";
    }
}
