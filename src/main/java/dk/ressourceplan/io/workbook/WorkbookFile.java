package dk.ressourceplan.io.workbook;

import dk.ressourceplan.io.ParserDetail;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Checks an uploaded workbook before anything reads it, without trusting it. An .xlsx file is a zip archive of XML
 * parts, so a small file can unpack to gigabytes (a zip bomb) or hold thousands of parts; the checks here refuse
 * that, each with an error a planner can read:
 * <ol>
 * <li>the file is at most {@link #MAX_FILE_BYTES}, and starts like a zip archive (an old .xls, an encrypted workbook
 * and anything else are told apart);</li>
 * <li>the archive is unpacked once, counting, exactly as {@link WorkbookReader} will read it (entry by entry through
 * commons-compress's stream): at most {@link #MAX_ENTRIES} parts, {@link #MAX_UNCOMPRESSED_BYTES} in all, and no part
 * that expands more than {@link #MAX_EXPANSION} times once past {@link #EXPANSION_GRACE_BYTES}.</li>
 * </ol>
 * The sheets are limited as they are read ({@link SheetReader}): {@link #MAX_ROWS} rows a sheet, {@link #MAX_CELLS}
 * filled cells on the sheets the import reads, and {@link #LONGEST_TEXT} characters kept of a text.
 */
final class WorkbookFile {

    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    static final long MAX_UNCOMPRESSED_BYTES = 100L * 1024 * 1024;
    static final int MAX_ENTRIES = 1000;
    /** POI's default minimum inflate ratio is 0.01, that is, at most 100 times. Real sheets stay below 30. */
    static final double MAX_EXPANSION = 100;
    static final long EXPANSION_GRACE_BYTES = 100 * 1024;
    static final int MAX_ROWS = 50_000;
    /**
     * Filled cells, in all, on the sheets the import reads. The largest term the validator takes fills about 570,000
     * (its unavailable times alone 200,000); each kept cell costs the reader some 40-100 bytes, so this bounds an
     * upload's memory before the import proper begins.
     */
    static final int MAX_CELLS = 1_000_000;
    /** No name, address or list in the workbook comes near this; a longer text is pasted by mistake. */
    static final int LONGEST_TEXT = 2000;

    private WorkbookFile() {
    }

    /** Reads the whole stream, refusing it as soon as it passes the size limit. */
    static byte[] readLimited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
            throw refused("the file is larger than " + megabytes(MAX_FILE_BYTES) + " MB",
                    "filen er større end " + megabytes(MAX_FILE_BYTES) + " MB");
        }
        return bytes;
    }

    /** Refuses a file that is too large, no .xlsx file, or a zip bomb, with a {@link WorkbookException}. */
    static void check(byte[] bytes) {
        if (bytes.length > MAX_FILE_BYTES) {
            throw refused("the file is larger than " + megabytes(MAX_FILE_BYTES) + " MB",
                    "filen er større end " + megabytes(MAX_FILE_BYTES) + " MB");
        }
        checkKind(bytes);
        checkArchive(bytes);
    }

    private static void checkKind(byte[] bytes) {
        if (bytes.length == 0) {
            throw refused("the file is empty", "filen er tom");
        }
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(bytes);
        } catch (RuntimeException e) {
            magic = FileMagic.UNKNOWN;
        }
        if (magic == FileMagic.OLE2) {
            throw refused("this is an old Excel file (.xls) or a workbook with a password; save it as an Excel "
                            + "workbook (.xlsx) without a password",
                    "filen er en gammel Excel-fil (.xls) eller en projektmappe med adgangskode; gem den som "
                            + "Excel-projektmappe (.xlsx) uden adgangskode");
        }
        if (magic != FileMagic.OOXML) {
            throw notXlsx();
        }
    }

    /** Unpacks every part once without keeping it, counting as it goes. */
    private static void checkArchive(byte[] bytes) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw refused("the file has more than " + MAX_ENTRIES + " parts; it is not a workbook of a term",
                            "filen har flere end " + MAX_ENTRIES + " dele; den er ikke en projektmappe med en planperiode");
                }
                long size = 0;
                for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
                    size += read;
                    total += read;
                    if (total > MAX_UNCOMPRESSED_BYTES) {
                        throw refused("the workbook unpacks to more than " + megabytes(MAX_UNCOMPRESSED_BYTES) + " MB",
                                "projektmappen fylder mere end " + megabytes(MAX_UNCOMPRESSED_BYTES) + " MB udpakket");
                    }
                    if (size > EXPANSION_GRACE_BYTES && size > MAX_EXPANSION * Math.max(1, zip.getCompressedCount())) {
                        throw refused("the part " + entry.getName() + " expands more than " + (long) MAX_EXPANSION
                                        + " times when unpacked; the file looks like a zip bomb",
                                "delen " + entry.getName() + " vokser mere end " + (long) MAX_EXPANSION
                                        + " gange ved udpakning; filen ligner en zip-bombe");
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof WorkbookException refusal) {
                throw refusal;
            }
            throw unreadable(e);
        }
        if (entries == 0) {
            throw notXlsx();
        }
    }

    static WorkbookException refused(String message, String messageDa) {
        return new WorkbookException(WorkbookError.ofFile(message, messageDa));
    }

    static WorkbookException notXlsx() {
        return refused("the file is not an Excel workbook (.xlsx)", "filen er ikke en Excel-projektmappe (.xlsx)");
    }

    private static WorkbookException unreadable(Exception e) {
        return unreadable(e.getMessage());
    }

    /**
     * A file whose archive or structure is broken: the English adds what the parser said, in plain words; the Danish
     * says what to do.
     */
    static WorkbookException unreadable(String detail) {
        String plain = ParserDetail.plain(detail);
        return refused("the file could not be read as an Excel workbook (.xlsx)" + (plain.isEmpty() ? "" : ": " + plain),
                "filen kunne ikke læses som Excel-projektmappe (.xlsx): den kan være beskadiget eller kun delvis "
                        + "gemt; gem den igen fra Excel");
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%d", bytes / (1024 * 1024));
    }
}
