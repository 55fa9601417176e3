package dk.ressourceplan.io.export;

import java.util.Locale;

/** The file formats a plan can be downloaded in, with the media type and file extension of each. */
public enum ExportFormat {
    ICS("text/calendar; charset=utf-8", "ics"),
    CSV("text/csv; charset=utf-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format named by its extension, as on the command line ({@code --format ics}) or in a URL. */
    public static ExportFormat parse(String name) {
        for (ExportFormat format : values()) {
            if (format.extension.equalsIgnoreCase(name == null ? "" : name.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown export format \"" + name + "\": use ics, csv or xlsx");
    }

    @Override
    public String toString() {
        return extension.toUpperCase(Locale.ROOT);
    }
}
