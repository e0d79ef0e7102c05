package dev.sreladder.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * A folder evaluated on every core still prints in the folder's order, as it goes. The tests
 * ask for four threads whatever the machine has, so that the order is really tested on one core too.
 */
class InOrderTest {

    private static final int THREADS = 4;

    @Test
    void shouldHandOverResultsInTheListsOrderWhateverFinishesFirst() {
        List<Integer> items = IntStream.range(0, 40).boxed().toList();
        List<CountDownLatch> finished = items.stream().map(item -> new CountDownLatch(1)).toList();
        List<Integer> finishOrder = Collections.synchronizedList(new ArrayList<>());
        List<Integer> handed = new ArrayList<>();

        InOrder.map(THREADS, items, item -> {
            if (item % 2 == 0) {
                await(finished.get(item + 1)); // each even item finishes after the odd one behind it
            }
            finishOrder.add(item);
            finished.get(item).countDown();
            return item * 10;
        }, handed::add);

        assertThat(finishOrder).as("the work really finished out of order").isNotEqualTo(items)
                .containsExactlyInAnyOrderElementsOf(items);
        assertThat(handed).isEqualTo(items.stream().map(item -> item * 10).toList());
    }

    @Test
    void shouldWorkOnOtherThreadsAndHandResultsOverOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        List<Thread> workedOn = Collections.synchronizedList(new ArrayList<>());
        List<Thread> handedOn = new ArrayList<>();

        InOrder.map(THREADS, List.of(1, 2, 3, 4), item -> workedOn.add(Thread.currentThread()),
                item -> handedOn.add(Thread.currentThread()));

        assertThat(workedOn).hasSize(4).doesNotContain(caller);
        assertThat(handedOn).hasSize(4).containsOnly(caller);
    }

    @Test
    void shouldKeepAtMostAWindowOfResultsWaiting() {
        AtomicInteger made = new AtomicInteger();
        AtomicInteger mostWaiting = new AtomicInteger();
        int[] handed = {0};

        InOrder.map(THREADS, IntStream.range(0, 5_000).boxed().toList(), item -> made.incrementAndGet(), item -> {
            handed[0]++;
            mostWaiting.accumulateAndGet(made.get() - handed[0], Math::max);
        });

        assertThat(handed[0]).isEqualTo(5_000);
        assertThat(mostWaiting.get()).isLessThanOrEqualTo(InOrder.WINDOW);
    }

    @Test
    void shouldRethrowAFailureOnTheCallingThread() {
        List<Integer> handed = new ArrayList<>();

        assertThatThrownBy(() -> InOrder.map(THREADS, List.of(1, 2, 3), item -> {
            if (item == 2) {
                throw new IllegalStateException("item 2 failed");
            }
            return item;
        }, handed::add)).isInstanceOf(IllegalStateException.class).hasMessage("item 2 failed");
        assertThat(handed).containsExactly(1);
    }

    @Test
    void shouldWorkThroughTheListOnTheCallingThreadWithOneCore() {
        Thread caller = Thread.currentThread();
        List<Thread> workedOn = new ArrayList<>();
        List<Integer> handed = new ArrayList<>();

        InOrder.map(1, List.of(1, 2, 3), item -> {
            workedOn.add(Thread.currentThread());
            return item;
        }, handed::add);

        assertThat(workedOn).containsOnly(caller);
        assertThat(handed).containsExactly(1, 2, 3);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("the odd item finished").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
