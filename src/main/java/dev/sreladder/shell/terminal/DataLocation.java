package dev.sreladder.shell.terminal;

/**
 * Where the configured database keeps its data, as a user may be shown it: the H2 file, or the
 * server's address without a password. Wired at the root, since only the database package reads
 * its configuration and the shell does not depend on it.
 */
@FunctionalInterface
public interface DataLocation {

    String database();
}
