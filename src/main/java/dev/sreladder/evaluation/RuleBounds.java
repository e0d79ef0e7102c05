package dev.sreladder.evaluation;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

import dev.sreladder.system.LadderException;

/**
 * What a rule session may cost: a time limit per evaluation ({@code ladder.rule-time-limit}), and
 * no stack overflow or out-of-memory reaching the user as an internal error. The rule check
 * (rules/{@code RuleCheck}) refuses loops and recursion; this is the belt to its braces, for what it
 * cannot see (a string doubled line after line, a rule set that fires too long).
 *
 * <p>The session runs on the caller's thread, so an evaluation pays only for registering a
 * deadline. A busy loop in a consequence sees no interrupt and {@code KieSession.halt()} waits for
 * the consequence to end, so a watchdog thread stops the overdue thread with {@code Thread.stop}:
 * the {@code ThreadDeath} unwinds the session up to here, where it becomes a bad-input error, and
 * no frame outside the evaluation is unwound. Java 20 and later no longer stop threads; there the
 * watchdog prints the same line and ends the process with exit code 1.
 */
public final class RuleBounds {

    /** The default limit: a warm evaluation takes microseconds, the first in a cold JVM well under a second. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(10);
    /** The configuration key of the limit. */
    public static final String PROPERTY = "ladder.rule-time-limit";

    /** A rule set that fires more often than this for one profile is looping. */
    public static final int MAX_FIRINGS = 10_000;
    private static volatile long limitNanos = DEFAULT_LIMIT.toNanos();
    private static volatile Duration limit = DEFAULT_LIMIT;
    private static final Watchdog WATCHDOG = new Watchdog();
    /** Set while the current thread evaluates, so that nested runs (declarations) share its deadline. */
    private static final ThreadLocal<Boolean> RUNNING = new ThreadLocal<>();

    private RuleBounds() {
    }

    /** Sets the time limit of each evaluation (from {@code ladder.rule-time-limit}). */
    public static void limit(Duration newLimit) {
        if (newLimit == null || newLimit.isNegative() || newLimit.isZero()) {
            throw LadderException.badInput(PROPERTY + " must be a positive duration such as 10s or 500ms");
        }
        limit = newLimit;
        limitNanos = newLimit.toNanos();
    }

    public static Duration limit() {
        return limit;
    }

    /**
     * Runs {@code work} (one evaluation of {@code origin}'s rules for {@code subject}) within the
     * limit; {@code firing} names the rule firing when something gives out.
     */
    static <T> T run(String origin, String subject, Supplier<String> firing, Supplier<T> work) {
        if (RUNNING.get() != null) {
            return work.get();
        }
        RUNNING.set(Boolean.TRUE);
        Watch watch = WATCHDOG.watch(Thread.currentThread(), System.nanoTime() + limitNanos,
                () -> overdue(origin, subject).getMessage());
        try {
            T result = null;
            Throwable exhausted = null;
            try {
                result = work.get();
            } catch (StackOverflowError | OutOfMemoryError e) {
                exhausted = e;
            } catch (RuntimeException e) {
                // Drools may wrap the stop in its own exception: the stop is what happened.
                if (!watch.finish()) {
                    if (!causedByStop(e)) {
                        watch.awaitStop();
                    }
                    throw overdue(origin, subject);
                }
                Throwable wrapped = exhaustion(e);
                if (wrapped != null) {
                    // Drools wraps what a condition throws, errors too.
                    throw exhausted(wrapped, origin, subject, firing.get());
                }
                throw e;
            }
            if (!watch.finish()) {
                watch.awaitStop();
                throw overdue(origin, subject);
            }
            if (exhausted != null) {
                throw exhausted(exhausted, origin, subject, firing.get());
            }
            return result;
        } catch (ThreadDeath death) {
            if (!watch.stopped()) {
                throw death;
            }
            throw overdue(origin, subject);
        } finally {
            WATCHDOG.forget(watch);
            RUNNING.remove();
        }
    }

    private static Throwable exhaustion(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof StackOverflowError || cause instanceof OutOfMemoryError) {
                return cause;
            }
        }
        return null;
    }

    private static boolean causedByStop(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ThreadDeath) {
                return true;
            }
        }
        return false;
    }

    private static LadderException overdue(String origin, String subject) {
        // The thread lives on for the next command: code the stop unwound may have left it interrupted.
        Thread.interrupted();
        return LadderException.badInput("the rules in " + origin + " did not finish for " + subject + " within "
                + limit.toMillis() + " ms (" + PROPERTY + "), and were stopped: a rule loops or does too much;"
                + " rules/README.md (\"The checks\") says what a rule may cost");
    }

    private static LadderException exhausted(Throwable error, String origin, String subject, String rule) {
        String what = error instanceof StackOverflowError ? "ran out of stack (it calls itself too deep)"
                : "ran out of memory (it builds something too large)";
        return LadderException.badInput((rule == null ? "a condition of the rules in " + origin
                : "rule \"" + rule + "\" in " + origin) + " " + what + " for " + subject
                + "; rules/README.md (\"The checks\") says what a rule may do");
    }

    /** One evaluation under watch: running, finished in time, or being stopped. */
    static final class Watch {
        private static final int RUNNING_STATE = 0;
        private static final int DONE = 1;
        private static final int STOPPING = 2;

        private final Thread thread;
        private final long deadline;
        private final Supplier<String> message;
        private final AtomicInteger state = new AtomicInteger(RUNNING_STATE);

        Watch(Thread thread, long deadline, Supplier<String> message) {
            this.thread = thread;
            this.deadline = deadline;
            this.message = message;
        }

        /** Whether the evaluation finished before the watchdog came for it. */
        boolean finish() {
            return state.compareAndSet(RUNNING_STATE, DONE);
        }

        boolean stopped() {
            return state.get() == STOPPING;
        }

        /** Waits for the stop the watchdog sent (a ThreadDeath thrown here), at most a second. */
        void awaitStop() {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
        }
    }

    /** One daemon thread that stops overdue evaluations; it sleeps while none runs. */
    private static final class Watchdog implements Runnable {
        private static final long TICK = TimeUnit.MILLISECONDS.toNanos(20);

        private final Set<Watch> watches = ConcurrentHashMap.newKeySet();
        private volatile Thread thread;
        private volatile boolean idle = true;

        Watch watch(Thread evaluating, long deadline, Supplier<String> message) {
            Watch watch = new Watch(evaluating, deadline, message);
            watches.add(watch);
            Thread dog = thread;
            if (dog == null) {
                dog = start();
            }
            if (idle) {
                LockSupport.unpark(dog);
            }
            return watch;
        }

        void forget(Watch watch) {
            watches.remove(watch);
        }

        private synchronized Thread start() {
            if (thread == null) {
                Thread dog = new Thread(this, "sre-ladder-rule-watchdog");
                dog.setDaemon(true);
                thread = dog;
                dog.start();
            }
            return thread;
        }

        @Override
        public void run() {
            while (true) {
                if (watches.isEmpty()) {
                    idle = true;
                    if (watches.isEmpty()) {
                        LockSupport.park(this);
                    }
                    idle = false;
                    continue;
                }
                long now = System.nanoTime();
                for (Watch watch : watches) {
                    if (now - watch.deadline >= 0 && watch.state.compareAndSet(Watch.RUNNING_STATE, Watch.STOPPING)) {
                        stop(watch);
                    }
                }
                LockSupport.parkNanos(this, TICK);
            }
        }

        @SuppressWarnings({"deprecation", "removal"})
        private static void stop(Watch watch) {
            try {
                watch.thread.stop();
            } catch (UnsupportedOperationException e) {
                // Java 20+: no thread can be stopped; the loop would hold the process for ever.
                System.err.println(watch.message.get());
                System.exit(1);
            }
        }
    }

    /** The rule whose consequence is running, so that a rule that gives out ({@link RuleBounds}) is named. */
    public static final class FiringRule extends DefaultAgendaEventListener {

        private String name;

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            name = event.getMatch().getRule().getName();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            name = null;
        }

        /** The rule firing now; null between firings (while conditions are evaluated). */
        String name() {
            return name;
        }
    }
}
