package dev.sreladder.database;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a JDBC URL says about where the database lives: an embedded H2 database (in memory or in
 * a file), the file H2 keeps it in, or a server; and the URL as it may be shown to a user.
 */
public record DatabaseUrl(String url) {

    private static final String H2 = "jdbc:h2:";

    /** Embedded H2, in a file or in memory: not H2's own server protocols. */
    public boolean embeddedH2() {
        return url != null && url.startsWith(H2) && !url.startsWith(H2 + "tcp:") && !url.startsWith(H2 + "ssl:");
    }

    /** The path H2 stores the database under, without the .mv.db suffix, for a file URL. */
    public Optional<String> h2Base() {
        if (!embeddedH2() || url.startsWith(H2 + "mem:")) {
            return Optional.empty();
        }
        String path = url.substring(H2.length());
        if (path.startsWith("file:")) {
            path = path.substring("file:".length());
        }
        int options = path.indexOf(';');
        if (options >= 0) {
            path = path.substring(0, options);
        }
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Optional.of(path);
    }

    /** The H2 database file, when the URL names one. */
    public Optional<Path> h2File() {
        return h2Base().map(base -> Path.of(base + ".mv.db"));
    }

    /** The schema a PostgreSQL URL names ({@code currentSchema=}), if it names one. */
    public Optional<String> currentSchema() {
        java.util.regex.Matcher schema = java.util.regex.Pattern.compile("[?&]currentSchema=([^&;]+)")
                .matcher(url == null ? "" : url);
        return schema.find() ? Optional.of(schema.group(1)) : Optional.empty();
    }

    /** Where the database is, for a message: the H2 file, or the URL without its password. */
    public String where() {
        return h2File().map(Path::toString).orElse(url.replaceAll("password=[^;&]*", "password=…"));
    }
}
