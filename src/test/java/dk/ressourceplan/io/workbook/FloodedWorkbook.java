package dk.ressourceplan.io.workbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The workbook of issue 17's memory probe, written as it streams out and never held whole (nor committed): one
 * sheet named as one of the import's tables ({@code Behov}, so that no reader may skip it) with its real header row
 * and 45,000 rows of 80 filled cells each below it, numbers, shared texts and inline texts mixed. About 10 MB on
 * disk and 94 MB unpacked: within every file limit, far beyond any term.
 *
 * <p>The XML is written here rather than by fastexcel's writer, whose cells (always with their reference and type,
 * {@code <c r="AB12345" t="n">}) make the same 3.6 million cells 130 MB unpacked, past the limit of 100 MB; cells
 * without a reference (numbered by their place in the row, as the format allows and several programs write) make
 * it the probe's size.
 *
 * <p>{@code java -cp target/test-classes:target/classes dk.ressourceplan.io.workbook.FloodedWorkbook FILE.xlsx}
 * writes it for the measurements in {@code docs/benchmarks.md}.
 */
public final class FloodedWorkbook {

    public static final int ROWS = 45_000;
    public static final int COLUMNS = 80;
    private static final int SHARED_STRINGS = 1_000;
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private FloodedWorkbook() {
    }

    public static void write(OutputStream out) throws IOException {
        write(out, Layout.DEMANDS);
    }

    /** The same cells on a sheet of another name. */
    static void write(OutputStream out, String sheetName) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        Writer xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 64 * 1024);
        part(zip, xml, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + "</Types>");
        part(zip, xml, "_rels/.rels", "<Relationships xmlns=\"" + RELATIONSHIPS + "\"><Relationship Id=\"rId1\" Type=\""
                + OFFICE + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        part(zip, xml, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + OFFICE + "\"><sheets><sheet name=\""
                + sheetName + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        part(zip, xml, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + RELATIONSHIPS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + OFFICE + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + OFFICE + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "</Relationships>");
        StringBuilder strings = new StringBuilder("<sst xmlns=\"" + MAIN + "\" uniqueCount=\"" + SHARED_STRINGS + "\">");
        for (int s = 0; s < SHARED_STRINGS; s++) {
            strings.append("<si><t>behov ").append(s).append("</t></si>");
        }
        part(zip, xml, "xl/sharedStrings.xml", strings.append("</sst>").toString());

        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"" + MAIN
                + "\"><sheetData><row r=\"1\">");
        for (var column : Layout.DEMANDS_TABLE.columns()) {
            xml.write("<c t=\"inlineStr\"><is><t>" + column.header() + "</t></is></c>");
        }
        xml.write("</row>");
        long random = 17;
        for (int r = 2; r <= ROWS + 1; r++) {
            xml.write("<row r=\"" + r + "\">");
            for (int c = 0; c < COLUMNS; c++) {
                random = random * 6364136223846793005L + 1442695040888963407L;
                int n = (int) (random >>> 40);
                switch (c % 8) {
                    case 0, 1 -> xml.write("<c t=\"inlineStr\"><is><t>" + Integer.toString(n % 50_000, 36) + "</t></is></c>");
                    case 2, 3, 4 -> xml.write("<c t=\"s\"><v>" + n % SHARED_STRINGS + "</v></c>");
                    default -> xml.write("<c><v>" + n % 100_000 + "</v></c>");
                }
            }
            xml.write("</row>");
        }
        xml.write("</sheetData></worksheet>");
        xml.flush();
        zip.closeEntry();
        zip.finish();
    }

    public static void write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
        }
    }

    private static void part(ZipOutputStream zip, Writer xml, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        xml.write(content);
        xml.flush();
        zip.closeEntry();
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "flooded.xlsx");
        write(file);
        System.out.println(file + ": " + Files.size(file) + " bytes");
    }
}
