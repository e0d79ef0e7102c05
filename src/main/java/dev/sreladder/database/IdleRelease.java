package dev.sreladder.database;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

/**
 * Closes the pool's idle connections to an embedded H2 file soon after the last unit of work, so
 * the file lock is free while a shell sits at its prompt and a colleague's one-shot gets in.
 * Hikari alone would keep them 25–40 s (its idle timeout is at least 10 s and its housekeeper runs
 * every 30 s). Work in quick succession, such as a folder import, keeps its connection.
 */
final class IdleRelease {

    /** How long the database stays open after the last unit of work. */
    static final long DELAY_MILLIS = 300;

    private final HikariDataSource pool;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final ScheduledExecutorService timer;
    private ScheduledFuture<?> pending;

    private IdleRelease(HikariDataSource pool) {
        this.pool = pool;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "h2-idle-release");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** For a Hikari pool over an embedded H2 file; nothing for a server, which has no file lock. */
    static IdleRelease of(DataSource dataSource, DatabaseUrl url) {
        return dataSource instanceof HikariDataSource pool && url.h2File().isPresent() ? new IdleRelease(pool) : null;
    }

    void started() {
        inFlight.incrementAndGet();
        cancelPending();
    }

    void ended() {
        if (inFlight.decrementAndGet() == 0) {
            schedule();
        }
    }

    private synchronized void cancelPending() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    private synchronized void schedule() {
        cancelPending();
        pending = timer.schedule(this::release, DELAY_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void release() {
        HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        if (inFlight.get() == 0 && bean != null && !pool.isClosed()) {
            // Closes idle connections now (a busy one when it returns); H2 closes the file with the last.
            bean.softEvictConnections();
        }
    }
}
