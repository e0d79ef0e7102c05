package dev.sreladder.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.AbstractDriverBasedDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.zaxxer.hikari.HikariDataSource;

import dev.sreladder.system.DatabaseUnavailable;
import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;

/**
 * The first run's H2 file is made whole before it takes its name: created (owner-only, 0600, before
 * H2 writes a byte) and migrated under a name of its own, {@code <base>.creating-<pid>-<n>.mv.db}, in the
 * same private folder, closed, then linked to {@code <base>.mv.db} in one step. A kill at any moment
 * leaves no database or a whole one; the next run removes what an interrupted creation left. When
 * two first runs race, the one that links first wins and the other drops its copy.
 */
final class NewDatabaseFile {

    static final String CREATING = ".creating-";
    private static final String SUFFIX = ".mv.db";

    private static final AtomicInteger ATTEMPTS = new AtomicInteger();

    private final Path base;
    private final String url;
    private final String user;
    private final String password;

    /** {@code base}: the file's path without .mv.db; {@code url}: the JDBC URL naming it; H2's first user. */
    NewDatabaseFile(Path base, String url, String user, String password) {
        this.base = base.toAbsolutePath();
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * The new file for a database URL naming an H2 file, when the pool's credentials can be read (H2
     * creates its first user with them); otherwise the database is created in place, as before.
     */
    static Optional<NewDatabaseFile> of(DataSource dataSource, DatabaseUrl url) {
        Optional<String> base = url.h2Base();
        if (base.isEmpty()) {
            return Optional.empty();
        }
        if (dataSource instanceof HikariDataSource pool) {
            return Optional.of(new NewDatabaseFile(Path.of(base.get()), url.url(), pool.getUsername(),
                    pool.getPassword()));
        }
        if (dataSource instanceof AbstractDriverBasedDataSource driver) {
            return Optional.of(new NewDatabaseFile(Path.of(base.get()), url.url(), driver.getUsername(),
                    driver.getPassword()));
        }
        return Optional.empty();
    }

    Path file() {
        return Path.of(base + SUFFIX);
    }

    /** Creates the file whole with {@code migrate} unless it exists; first removes what earlier attempts left. */
    void createIfAbsent(Consumer<DataSource> migrate) {
        removeLeftovers();
        if (Files.exists(file())) {
            return;
        }
        // The process id tells a leftover from a creation still running; the count, two in one process.
        Path temporaryBase = Path.of(base + CREATING + ProcessHandle.current().pid() + "-"
                + ATTEMPTS.incrementAndGet());
        Path temporary = Path.of(temporaryBase + SUFFIX);
        try {
            createPrivateFile(temporary);
            migrateAndClose(temporaryUrl(temporaryBase), migrate);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true); // on disk before it has its name, should the machine stop too
            }
            takeName(temporary);
        } catch (IOException e) {
            if (reason(e).contains("No space left on device")) {
                throw DatabaseUnavailable.diskFull(file().toString(), e);
            }
            throw new LadderException(ExitCode.BAD_INPUT, "cannot write the database " + file() + " (" + reason(e)
                    + ") — check that its folder is writable and the disk is not full", e);
        } finally {
            removeAll(temporaryBase);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs) {
            return fs.getReason() != null ? fs.getReason() : "the file cannot be created or opened there";
        }
        return String.valueOf(e.getMessage());
    }

    /** The URL with the temporary path in place of the database's, its options kept. */
    String temporaryUrl(Path temporaryBase) {
        int options = url.indexOf(';');
        return "jdbc:h2:file:" + temporaryBase + (options >= 0 ? url.substring(options) : "");
    }

    private static void createPrivateFile(Path file) throws IOException {
        try {
            Files.createFile(file,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(FilePrivacy.OWNER_FILE)));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(FilePrivacy.OWNER_FILE));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the platform's own protection applies. H2 takes an empty file as a new store.
            Files.createFile(file);
        }
    }

    private void migrateAndClose(String temporaryUrl, Consumer<DataSource> migrate) {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(temporaryUrl, user, password, true);
        try {
            migrate.accept(dataSource);
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN"); // closes the store: everything is written, the file lock let go
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not close the new database " + temporaryUrl, e);
        } finally {
            dataSource.destroy();
        }
    }

    /**
     * A hard link never replaces a file that appeared meanwhile (another first run); where the file
     * system has none, an atomic move does (checked just before).
     */
    private void takeName(Path temporary) throws IOException {
        try {
            Files.createLink(file(), temporary);
        } catch (FileAlreadyExistsException e) {
            // Another first run finished first: its database is whole too, and is the one used.
        } catch (UnsupportedOperationException | IOException e) {
            if (!Files.exists(file())) {
                Files.move(temporary, file(), StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    /** Files of creations whose process is gone (killed part-way); a creation still running is left alone. */
    void removeLeftovers() {
        Path folder = base.getParent();
        String prefix = base.getFileName() + CREATING;
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.map(path -> path.getFileName().toString()).filter(name -> name.startsWith(prefix))
                    .map(name -> name.substring(prefix.length()))
                    .map(rest -> rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest)
                    .distinct().filter(attempt -> notRunning(attempt.split("-")[0]))
                    .forEach(attempt -> removeAll(Path.of(base + CREATING + attempt)));
        } catch (IOException e) {
            // Leftovers are harmless (private, and never opened as the database); try again next run.
        }
    }

    private static boolean notRunning(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(process -> !process.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Every file H2 keeps for {@code temporaryBase}: .mv.db, .trace.db, .lock.db, temporary results. */
    private static void removeAll(Path temporaryBase) {
        String prefix = temporaryBase.getFileName() + ".";
        try (Stream<Path> files = Files.list(temporaryBase.getParent())) {
            files.filter(path -> path.getFileName().toString().startsWith(prefix)).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // Left for the next run.
                }
            });
        } catch (IOException e) {
            // Left for the next run.
        }
    }
}
