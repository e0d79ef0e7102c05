package dev.sreladder.system;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Works through a list on every core and hands the results over in the list's order, on the
 * calling thread, as soon as each one's turn comes. At most {@link #WINDOW} results wait at a
 * time, so a list of any length streams through in bounded memory.
 */
public final class InOrder {

    static final int WINDOW = 256;

    private InOrder() {
    }

    public static <T, R> void map(List<T> items, Function<T, R> work, Consumer<R> each) {
        map(Runtime.getRuntime().availableProcessors(), items, work, each);
    }

    /** As {@link #map(List, Function, Consumer)} on at most {@code cores} threads. */
    static <T, R> void map(int cores, List<T> items, Function<T, R> work, Consumer<R> each) {
        int threads = Math.min(cores, items.size());
        if (threads <= 1) {
            items.forEach(item -> each.accept(work.apply(item)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        Deque<Future<R>> waiting = new ArrayDeque<>();
        try {
            for (T item : items) {
                waiting.add(pool.submit(() -> work.apply(item)));
                if (waiting.size() >= WINDOW) {
                    each.accept(next(waiting));
                }
            }
            while (!waiting.isEmpty()) {
                each.accept(next(waiting));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R next(Deque<Future<R>> waiting) {
        try {
            return waiting.removeFirst().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "in-order-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
