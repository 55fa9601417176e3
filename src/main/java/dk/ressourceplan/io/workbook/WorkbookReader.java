package dk.ressourceplan.io.workbook;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the sheets the import wants out of an .xlsx file that {@link WorkbookFile} has checked, streaming: the zip
 * archive is read entry by entry from the upload's bytes, exactly as the checks read it, and each XML part is parsed
 * as it inflates (SAX, with POI's secure parser settings: no DTD, no external entities), never unpacked whole. What
 * stays in memory is what the import needs: the wanted sheets' cells in their first {@link SheetGrid#MAX_COLUMNS}
 * columns, and only the shared texts those cells use.
 *
 * <p>The passes over the archive, each stopping as soon as it has what it came for: the package's relationships
 * ({@code _rels/.rels}) to find the workbook part; the workbook part (its sheets' names and the 1904 date system)
 * and its relationships; the wanted sheets; the shared texts.
 */
final class WorkbookReader {

    /** The sheets read, by the name the import knows them by, and those that could not be read, with why. */
    record Content(boolean date1904, Map<String, SheetGrid> sheets, Map<String, String> unreadable) {
    }

    /** The structure parts are small; a larger one is no workbook of ours. */
    private static final int LARGEST_STRUCTURE_PART = 1024 * 1024;
    private static final String OFFICE_DOCUMENT = "/officeDocument";
    private static final String WORKSHEET = "/worksheet";
    private static final String SHARED_STRINGS = "/sharedStrings";

    private record Relationship(String type, String target) {
    }

    private record Sheet(String name, String part) {
    }

    private final byte[] bytes;

    private WorkbookReader(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * The sheets named (as {@code normalise} compares names) in {@code wanted}; a workbook with two sheets of one name
     * gives the first.
     */
    static Content read(byte[] bytes, Collection<String> wanted, Function<String, String> normalise) {
        return new WorkbookReader(bytes).sheets(wanted, normalise);
    }

    private Content sheets(Collection<String> wanted, Function<String, String> normalise) {
        Map<String, Relationship> root = relationships(structurePart("_rels/.rels", true), "");
        String workbookPart = root.values().stream().filter(r -> r.type().endsWith(OFFICE_DOCUMENT)).map(Relationship::target)
                .findFirst().orElseThrow(WorkbookFile::notXlsx);
        Map<String, byte[]> parts = structureParts(List.of(workbookPart, relationshipsOf(workbookPart)));
        if (parts.get(workbookPart) == null) {
            throw WorkbookFile.notXlsx();
        }
        WorkbookPart workbook = new WorkbookPart();
        structure(parts.get(workbookPart), workbook);
        byte[] workbookRelationships = parts.get(relationshipsOf(workbookPart));
        Map<String, Relationship> related = workbookRelationships == null ? Map.of()
                : relationships(workbookRelationships, folderOf(workbookPart));

        Map<String, String> byNormalName = new HashMap<>();
        wanted.forEach(name -> byNormalName.put(normalise.apply(name), name));
        Map<String, SheetGrid.Builder> builders = new LinkedHashMap<>();
        Map<String, String> partOf = new HashMap<>();
        Map<String, String> unreadable = new LinkedHashMap<>();
        for (Sheet sheet : workbook.sheets) {
            String name = byNormalName.get(normalise.apply(sheet.name()));
            if (name == null || builders.containsKey(name) || unreadable.containsKey(name)) {
                continue;
            }
            Relationship relationship = related.get(sheet.part());
            if (relationship == null) {
                unreadable.put(name, "the workbook does not say where the sheet is");
            } else {
                builders.put(name, new SheetGrid.Builder(name));
                if (relationship.type().endsWith(WORKSHEET)) {
                    partOf.put(key(relationship.target()), name);
                }
            }
        }
        readSheets(partOf, builders, unreadable);
        String sharedTexts = related.values().stream().filter(r -> r.type().endsWith(SHARED_STRINGS))
                .map(Relationship::target).findFirst().orElse(null);
        resolve(sharedTexts, builders, unreadable);

        Map<String, SheetGrid> sheets = new LinkedHashMap<>();
        builders.forEach((name, builder) -> sheets.put(name, builder.build()));
        return new Content(workbook.date1904, sheets, unreadable);
    }

    /** One pass over the archive, parsing each wanted sheet as it comes; the cell budget is the workbook's. */
    private void readSheets(Map<String, String> partOf, Map<String, SheetGrid.Builder> builders,
            Map<String, String> unreadable) {
        if (partOf.isEmpty()) {
            return;
        }
        SheetReader.CellBudget budget = new SheetReader.CellBudget(WorkbookFile.MAX_CELLS);
        Map<String, String> left = new HashMap<>(partOf);
        entries(entry -> {
            String name = left.remove(key(entry.name()));
            if (name != null) {
                try {
                    parse(entry.content(), new SheetReader(builders.get(name), budget));
                } catch (SheetUnreadable e) {
                    builders.remove(name);
                    unreadable.put(name, e.getMessage());
                }
            }
            return !left.isEmpty();
        });
        left.values().forEach(name -> {
            builders.remove(name);
            unreadable.put(name, "the sheet's part is missing from the file");
        });
    }

    private void resolve(String sharedTexts, Map<String, SheetGrid.Builder> builders, Map<String, String> unreadable) {
        int[] indices = builders.values().stream().flatMapToInt(b -> IntStream.of(b.sharedIndices())).toArray();
        if (indices.length == 0) {
            return;
        }
        SharedTextsReader texts = new SharedTextsReader(indices);
        if (sharedTexts != null) {
            String wantedKey = key(sharedTexts);
            entries(entry -> {
                if (!key(entry.name()).equals(wantedKey)) {
                    return true;
                }
                try {
                    parse(entry.content(), texts);
                } catch (SheetUnreadable e) {
                    throw WorkbookFile.unreadable("the shared texts: " + e.getMessage());
                }
                return false;
            });
        }
        for (var sheet : new ArrayList<>(builders.entrySet())) {
            int beyond = IntStream.of(sheet.getValue().sharedIndices()).filter(i -> i >= texts.count()).findFirst().orElse(-1);
            if (beyond >= 0) {
                builders.remove(sheet.getKey());
                unreadable.put(sheet.getKey(), "a cell refers to shared text number " + beyond
                        + ", which the workbook does not have");
            } else {
                sheet.getValue().resolve(texts::text);
            }
        }
    }

    // --- the structure ------------------------------------------------------------------------------------------

    /** The names and relationship ids of the sheets, in the workbook's order, and its date system. */
    private static final class WorkbookPart extends DefaultHandler {
        private final List<Sheet> sheets = new ArrayList<>();
        private boolean date1904;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (SheetReader.name(localName, qName)) {
                case "sheet" -> {
                    String id = relationshipId(attributes);
                    String name = attributes.getValue("name");
                    if (id != null && name != null) {
                        sheets.add(new Sheet(name, id));
                    }
                }
                case "workbookPr" -> {
                    String value = attributes.getValue("date1904");
                    date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
                }
                default -> {
                }
            }
        }

        /** {@code r:id}, in the transitional or the strict namespace of relationships. */
        private static String relationshipId(Attributes attributes) {
            for (int i = 0; i < attributes.getLength(); i++) {
                if (SheetReader.name(attributes.getLocalName(i), attributes.getQName(i)).equals("id")
                        && attributes.getURI(i).contains("relationships")) {
                    return attributes.getValue(i);
                }
            }
            return null;
        }
    }

    /** The relationships of a part, by id, their targets as part names resolved against {@code folder}. */
    private static Map<String, Relationship> relationships(byte[] xml, String folder) {
        Map<String, Relationship> relationships = new LinkedHashMap<>();
        structure(xml, new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                String id = attributes.getValue("Id");
                String type = attributes.getValue("Type");
                String target = attributes.getValue("Target");
                if (SheetReader.name(localName, qName).equals("Relationship") && id != null && type != null
                        && target != null && !"External".equals(attributes.getValue("TargetMode"))) {
                    relationships.putIfAbsent(id, new Relationship(type, resolved(folder, target)));
                }
            }
        });
        return relationships;
    }

    /** A relationship's target as a part name: {@code worksheets/sheet1.xml} from {@code xl/} is {@code xl/worksheets/sheet1.xml}. */
    static String resolved(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        List<String> names = new ArrayList<>();
        for (String name : decoded(path).split("/")) {
            if (name.equals("..")) {
                if (!names.isEmpty()) {
                    names.remove(names.size() - 1);
                }
            } else if (!name.isEmpty() && !name.equals(".")) {
                names.add(name);
            }
        }
        return String.join("/", names);
    }

    /** Part names in relationships may escape characters as %XX (a space as %20). */
    private static String decoded(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        try {
            return new java.net.URI("x:/" + path).getPath().substring(1);
        } catch (java.net.URISyntaxException e) {
            return path;
        }
    }

    private static String folderOf(String part) {
        int slash = part.lastIndexOf('/');
        return slash < 0 ? "" : part.substring(0, slash + 1);
    }

    private static String relationshipsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** Part names compare without case, as the package format says. */
    private static String key(String name) {
        String part = name.replace('\\', '/');
        return (part.startsWith("/") ? part.substring(1) : part).toLowerCase(Locale.ROOT);
    }

    private byte[] structurePart(String name, boolean required) {
        byte[] part = structureParts(List.of(name)).get(name);
        if (part == null && required) {
            throw WorkbookFile.notXlsx();
        }
        return part;
    }

    /** The named small parts, read in one pass that stops when all are found. */
    private Map<String, byte[]> structureParts(List<String> names) {
        Map<String, String> byKey = new HashMap<>();
        names.forEach(name -> byKey.put(key(name), name));
        Map<String, byte[]> found = new HashMap<>();
        entries(entry -> {
            String name = byKey.get(key(entry.name()));
            if (name != null && !found.containsKey(name)) {
                byte[] content = entry.content().readNBytes(LARGEST_STRUCTURE_PART + 1);
                if (content.length > LARGEST_STRUCTURE_PART) {
                    throw WorkbookFile.unreadable("the part " + name + " is larger than a workbook's ever is");
                }
                found.put(name, content);
            }
            return found.size() < names.size();
        });
        return found;
    }

    // --- the archive and the XML --------------------------------------------------------------------------------

    private record Entry(String name, InputStream content) {
    }

    private interface EntryVisitor {
        /** Whether to go on to the next entry. */
        boolean visit(Entry entry) throws IOException;
    }

    /** The entries in the archive's order, each readable (and not closable) while it is visited. */
    private void entries(EntryVisitor visitor) {
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes))) {
            InputStream unclosable = new FilterInputStream(zip) {
                @Override
                public void close() {
                    // the archive goes on after this entry
                }
            };
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory() && !visitor.visit(new Entry(entry.getName(), unclosable))) {
                    return;
                }
            }
        } catch (IOException e) {
            throw WorkbookFile.unreadable(e.getMessage() == null ? "the archive is broken" : e.getMessage());
        }
    }

    /** A part whose XML is broken, or says what no sheet can: the sheet is reported, the others read. */
    private static final class SheetUnreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SheetUnreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** A structure part that cannot be read makes the file unreadable. */
    private static void structure(byte[] xml, ContentHandler handler) {
        try {
            parse(new ByteArrayInputStream(xml), handler);
        } catch (SheetUnreadable e) {
            throw WorkbookFile.unreadable(e.getMessage());
        }
    }

    private static void parse(InputStream xml, ContentHandler handler) {
        XMLReader reader;
        try {
            reader = XMLHelper.newXMLReader();
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser", e);
        }
        reader.setContentHandler(handler);
        try {
            reader.parse(new InputSource(xml));
        } catch (SAXException e) {
            if (e.getException() instanceof WorkbookException refusal) {
                throw refusal;
            }
            throw new SheetUnreadable(e.getMessage() == null ? "the XML is broken" : e.getMessage());
        } catch (IOException e) {
            throw new SheetUnreadable(e.getMessage() == null ? "the file is broken" : e.getMessage());
        }
    }
}
