package dev.sreladder.system;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the tool keeps its data (the embedded database): {@code SRE_LADDER_HOME} when set, else
 * {@code .sre-ladder} in {@code $HOME}, else in Java's {@code user.home}. Java takes user.home from
 * the password database, so without this a user who moves $HOME (a container, a test, sudo -E)
 * would still write into the account's real home.
 */
public record DataFolder(Path path, String origin) {

    /** The system property that carries the folder to Spring's configuration (application.properties). */
    public static final String PROPERTY = "ladder.home";
    public static final String VARIABLE = "SRE_LADDER_HOME";

    public static DataFolder locate() {
        return locate(System.getenv(), System.getProperty("user.home"));
    }

    static DataFolder locate(Map<String, String> environment, String userHome) {
        String own = environment.get(VARIABLE);
        if (own != null && !own.isBlank()) {
            return new DataFolder(Path.of(own).toAbsolutePath(), VARIABLE);
        }
        String home = environment.get("HOME");
        if (home != null && !home.isBlank()) {
            return new DataFolder(Path.of(home, ".sre-ladder").toAbsolutePath(), "$HOME/.sre-ladder");
        }
        return new DataFolder(Path.of(userHome, ".sre-ladder").toAbsolutePath(), "the user's home folder");
    }

    /** Publishes the folder for the configuration, unless it was given as a system property already. */
    public static void publish() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, locate().path().toString());
        }
    }
}
