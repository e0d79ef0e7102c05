package dev.sreladder.database;

/**
 * Who records acts through this process: {@code ladder.actor}, by default the operating-system
 * user name. On a database server the database user is added (see {@link Database#write}).
 */
public record Actor(String name) {

    public Actor {
        name = name == null || name.isBlank() ? System.getProperty("user.name", "unknown") : name.strip();
    }

    public static Actor ofSystem() {
        return new Actor(null);
    }
}
