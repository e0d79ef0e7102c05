package dev.sreladder.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.sreladder.system.LadderException;

/**
 * The one database behind profiles and the audit trail, for the features that own its tables.
 * Nothing touches it until a unit of work needs it: then it is prepared once (a private folder
 * for an H2 file, the migrations, owner-only files), and a stop lets the work in flight finish.
 */
public final class Database implements AutoCloseable {

    /** How long a stop (Ctrl-C) waits for the unit of work in flight to commit or roll back. */
    private static final long STOP_WAIT_SECONDS = 10;

    private final DataSource dataSource;
    private final DatabaseUrl url;
    private final DatabaseErrors errors;
    private final Migrations migrations;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private volatile boolean ready;
    // Units of work hold the read side; close() takes the write side, so it waits for them.
    private final ReadWriteLock work = new ReentrantReadWriteLock();
    private volatile boolean closing;
    private final Actor actor;
    private volatile String actorName;
    // Null unless the database is an embedded H2 file behind a pool.
    private final IdleRelease idleRelease;
    private final RememberedHead rememberedHead;
    // Run once after the migrations, under the chain's lock (the audit trail's adoption of earlier rows).
    private volatile Consumer<Write> afterMigrations = write -> { };
    // Null unless a one-shot command holds the H2 file until it ends.
    private volatile FileHold fileHold;

    public Database(DataSource dataSource, String url, String... migrationLocations) {
        this(dataSource, url, Actor.ofSystem(), migrationLocations);
    }

    public Database(DataSource dataSource, String url, Actor actor, String... migrationLocations) {
        this(dataSource, url, actor, RememberedHead.none(), migrationLocations);
    }

    /** A database whose chain head this member remembers outside it (see {@link RememberedHead}). */
    public Database(DataSource dataSource, String url, Actor actor, RememberedHead rememberedHead,
            String... migrationLocations) {
        this.rememberedHead = rememberedHead;
        this.actor = actor;
        this.dataSource = dataSource;
        this.url = new DatabaseUrl(url);
        this.errors = new DatabaseErrors(this.url);
        this.migrations = new Migrations(migrationLocations, this.url, errors);
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.idleRelease = IdleRelease.of(dataSource, this.url);
    }

    /** Runs one unit of work in a transaction: all of it is stored, or none. Nested units join it. */
    public <T> T inTransaction(Function<JdbcClient, T> unit) {
        return guarded(() -> transactions.execute(status -> unit.apply(jdbc)));
    }

    /**
     * Runs one write to the audit trail in a transaction that first locks the chain's head row,
     * so members writing at once take turns: numbers read inside {@code unit} (max + 1) are
     * safe, and the chain stays one chain. Should the database still refuse (a unique violation,
     * a serialization failure, a deadlock or a lock timeout), the whole transaction is retried
     * a few times: on PostgreSQL an error aborts the transaction, so a statement cannot be.
     * Nested writes join the outer one.
     */
    public <T> T write(Function<Write, T> unit) {
        return guarded(() -> {
            boolean outermost = !TransactionSynchronizationManager.isActualTransactionActive();
            for (int attempt = 1;; attempt++) {
                try {
                    Chain.Head[] written = new Chain.Head[1];
                    T result = transactions.execute(status -> {
                        Chain.lockHead(jdbc);
                        if (outermost) {
                            rememberedHead.requireExtendedBy(jdbc, url);
                        }
                        T done = unit.apply(new Write(jdbc, actorName(), serverTime()));
                        if (outermost) {
                            written[0] = Chain.head(jdbc);
                        }
                        return done;
                    });
                    if (written[0] != null) {
                        // After the commit: what was stored is stored, whatever happens to the file.
                        rememberedHead.remember(written[0]);
                    }
                    return result;
                } catch (RuntimeException e) {
                    if (!outermost || attempt >= WRITE_ATTEMPTS || !retryable(e)) {
                        throw e;
                    }
                }
            }
        });
    }

    /**
     * Runs {@code unit} in a transaction holding the chain's lock, without checking the head this
     * member remembers: for {@code audit verify}, which reports a head no longer held instead of
     * refusing to look.
     */
    public <T> T locked(Function<Write, T> unit) {
        return guarded(() -> transactions.execute(status -> {
            Chain.lockHead(jdbc);
            return unit.apply(new Write(jdbc, actorName(), serverTime()));
        }));
    }

    private static final int WRITE_ATTEMPTS = 5;

    private static boolean retryable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                return state.equals("23505") || state.equals("40001") || state.equals("40P01")
                        || state.equals("HYT00");
            }
        }
        return false;
    }

    private OffsetDateTime serverTime() {
        OffsetDateTime now = jdbc.sql("select current_timestamp")
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class)).single();
        return now.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private String actorName() {
        String name = actorName;
        if (name == null) {
            name = url.embeddedH2() ? actor.name()
                    : actor.name() + " (db " + jdbc.sql("select current_user").query(String.class).single() + ")";
            actorName = name;
        }
        return name;
    }

    /** The head of the chain this member remembers outside the database. */
    public RememberedHead rememberedHead() {
        return rememberedHead;
    }

    /**
     * A step run once, on first use, after the migrations and before any other work, in a write
     * holding the chain's lock (the audit trail adopts rows earlier builds left outside the chain).
     */
    public void afterMigrations(Consumer<Write> step) {
        this.afterMigrations = step;
    }

    /** Runs a read. */
    public <T> T read(Function<JdbcClient, T> unit) {
        return guarded(() -> unit.apply(jdbc));
    }

    /** Whether there is a database to read: an H2 file that exists, or any server database. */
    public boolean exists() {
        return h2File().map(Files::exists).orElse(true);
    }

    /** The H2 database file, when the URL names one. */
    public Optional<Path> h2File() {
        return url.h2File();
    }

    /**
     * Called when the application stops, also on Ctrl-C (SIGINT), before the connection pool
     * closes: refuses new work and waits for the unit of work in flight, so a stop falls between
     * two commits and never leaves an error for a half-closed pool.
     */
    @Override
    public void close() {
        closing = true;
        try {
            if (work.writeLock().tryLock(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                work.writeLock().unlock();
            }
            if (fileHold != null) {
                fileHold.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> T guarded(Supplier<T> unit) {
        if (closing || !work.readLock().tryLock()) {
            throw stopped();
        }
        if (idleRelease != null) {
            idleRelease.started();
        }
        try {
            if (closing) {
                throw stopped();
            }
            ensureReady();
            return unit.get();
        } catch (RuntimeException e) {
            throw errors.translate(e);
        } finally {
            if (idleRelease != null) {
                idleRelease.ended();
            }
            work.readLock().unlock();
        }
    }

    private static LadderException stopped() {
        return LadderException.badInput("stopped: sre-ladder is shutting down; nothing more was stored "
                + "(everything reported as stored before this line is stored whole)");
    }

    /**
     * For a one-shot command: the H2 file is held from the first unit of work until {@link #close()},
     * so a second process is refused before anything is stored, not between two of this command's
     * writes. The interactive shell lets go between commands instead (see IdleRelease).
     */
    public Database holdingTheFileUntilClosed() {
        if (url.h2File().isPresent()) {
            fileHold = new FileHold();
        }
        return this;
    }

    private synchronized void ensureReady() {
        if (ready) {
            return;
        }
        url.h2Base().ifPresent(base -> {
            PrivateFolder.prepare(Path.of(base).toAbsolutePath().getParent(), PrivateFolder.currentUser(),
                    System.err::println);
            FilePrivacy.restrictFiles(base);
            NewDatabaseFile.of(dataSource, url).ifPresent(file -> file.createIfAbsent(migrations::migrate));
        });
        if (fileHold != null) {
            fileHold.take(dataSource);
        }
        migrations.migrate(dataSource);
        if (!Chain.adopted(jdbc)) {
            transactions.executeWithoutResult(status -> {
                Chain.lockHead(jdbc);
                afterMigrations.accept(new Write(jdbc, actorName(), serverTime()));
            });
        }
        ready = true;
    }
}
