package dev.sreladder.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.sreladder.system.LadderException;

/**
 * The highest head of a database's audit chain this member has seen, kept outside the database in
 * the member's own data folder ({@code heads/<sha256 of the URL>.head}, owner-only): someone who
 * can write the database can recompute its whole chain, but not this file. Checked before every
 * write and by {@code audit verify}; raised after every write. An in-memory database is not
 * remembered: it ends with the process.
 */
public final class RememberedHead {

    private static final Pattern LINE = Pattern.compile("(\\d+) ([0-9a-f]{64})");

    /** Null when nothing is remembered. */
    private final Path file;

    private RememberedHead(Path file) {
        this.file = file;
    }

    public static RememberedHead none() {
        return new RememberedHead(null);
    }

    /** The head remembered for {@code url} in the data folder {@code dataFolder}. */
    public static RememberedHead in(Path dataFolder, String url) {
        DatabaseUrl where = new DatabaseUrl(url);
        boolean inMemory = where.embeddedH2() && where.h2Base().isEmpty();
        return dataFolder == null || inMemory ? none() : new RememberedHead(fileFor(dataFolder, url));
    }

    /** {@code <data folder>/heads/<sha256 of the URL>.head}. */
    public static Path fileFor(Path dataFolder, String url) {
        return dataFolder.resolve("heads").resolve(Seal.sha256(url) + ".head");
    }

    /** The head remembered, if any; bad input naming the file and the fix when it holds no head. */
    public Optional<Chain.Head> read() {
        if (file == null || Files.notExists(file)) {
            return Optional.empty();
        }
        if (!Files.exists(file)) {
            throw unreadable("cannot be reached (its folder is not readable)");
        }
        // Checked before reading: a named pipe put in its place would block the command for ever.
        if (!Files.isRegularFile(file)) {
            throw unreadable("is not a regular file");
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw unreadable("does not hold a head");
            }
            Matcher line = LINE.matcher(Files.readString(file, StandardCharsets.UTF_8).strip());
            if (!line.matches()) {
                throw unreadable("does not hold a head");
            }
            return Optional.of(new Chain.Head(Long.parseLong(line.group(1)), line.group(2)));
        } catch (IOException | NumberFormatException e) {
            throw unreadable("cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** "N HASH" and a line end: anything longer is not a head. */
    private static final int MAX_BYTES = 128;

    private LadderException unreadable(String what) {
        return LadderException.badInput("the head remembered in " + file + " " + what + " (it is one line: a record"
                + " number and its hash) —"
                + " delete it and run 'audit verify --head N:HASH' with a head kept outside the database (a packet"
                + " prints one); the tool remembers the head again at the next write or verify");
    }

    /** Where the head is kept, for a message. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /**
     * What is wrong when the chain in the database no longer holds the remembered head: a cut tail
     * or a rewritten chain. Empty when it still does (or nothing is remembered).
     */
    public Optional<String> brokenIn(JdbcClient jdbc) {
        return read().flatMap(head -> notExtending(jdbc, head)
                .map(detail -> "the head this member last saw (remembered in " + file + "): " + detail));
    }

    /** Bad input before a write when the chain no longer extends the remembered head; nothing is stored then. */
    void requireExtendedBy(JdbcClient jdbc, DatabaseUrl url) {
        Optional<String> broken = read().flatMap(head -> notExtending(jdbc, head));
        if (broken.isPresent()) {
            throw LadderException.badInput("nothing was stored: the audit trail of the database at " + url.where()
                    + " no longer holds the head this member last saw (" + broken.get() + ") — run 'audit verify'"
                    + " and restore the database from a backup; if it was replaced on purpose, delete " + file);
        }
    }

    /**
     * How the chain fails to extend {@code head} ("record 12 is missing: …"), or empty when
     * its record N still has that hash.
     */
    public static Optional<String> notExtending(JdbcClient jdbc, Chain.Head head) {
        if (head.records() == 0) {
            return Optional.empty();
        }
        Optional<String> hash = jdbc.sql("select hash from audit_record where seq = ?").param(head.records())
                .query(String.class).optional();
        if (hash.isEmpty()) {
            long last = jdbc.sql("select coalesce(max(seq), 0) from audit_record").query(Long.class).single();
            return Optional.of("record " + head.records() + " is missing: the chain ends at record " + last
                    + ", records were cut off after that head was taken");
        }
        if (!hash.get().equals(head.lastHash())) {
            return Optional.of("record " + head.records() + " no longer has the hash sha256:"
                    + head.lastHash() + ": the chain was rewritten at or before record " + head.records());
        }
        return Optional.empty();
    }

    /**
     * Keeps {@code head} when it is higher than the one remembered (a private file, replaced whole,
     * in a private folder: a folder or file left open to others is made private again).
     */
    public void remember(Chain.Head head) {
        if (file == null || head.records() == 0) {
            return;
        }
        try {
            Path folder = file.getParent();
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString(FilePrivacy.OWNER_FOLDER)));
            }
            FilePrivacy.restrict(folder, FilePrivacy.OWNER_FOLDER);
            if (Files.isRegularFile(file)) {
                FilePrivacy.restrict(file, FilePrivacy.OWNER_FILE);
            }
            Optional<Chain.Head> known = readQuietly();
            if (known.isPresent() && known.get().records() >= head.records()) {
                return;
            }
            Path temporary = Files.createTempFile(folder, "head", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(FilePrivacy.OWNER_FILE)));
            Files.writeString(temporary, head.records() + " " + head.lastHash() + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // What was stored is stored; the head is remembered again at the next write or verify.
        }
    }

    private Optional<Chain.Head> readQuietly() {
        try {
            return read();
        } catch (LadderException e) {
            return Optional.empty();
        }
    }
}
