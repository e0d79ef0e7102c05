package dev.sreladder.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** A folder evaluated on every core still prints in the folder's order, as it goes. */
class InOrderTest {

    @Test
    void shouldHandOverResultsInTheListsOrderWhateverFinishesFirst() {
        List<Integer> items = IntStream.range(0, 40).boxed().toList();
        List<Integer> handed = new ArrayList<>();

        InOrder.map(items, item -> {
            sleep(item % 2 == 0 ? 5 : 0); // even items finish after the odd ones behind them
            return item * 10;
        }, handed::add);

        assertThat(handed).isEqualTo(items.stream().map(item -> item * 10).toList());
    }

    @Test
    void shouldHandResultsOverOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        List<Thread> handedOn = new ArrayList<>();

        InOrder.map(List.of(1, 2, 3, 4), item -> item, item -> handedOn.add(Thread.currentThread()));

        assertThat(handedOn).containsOnly(caller);
    }

    @Test
    void shouldKeepAtMostAWindowOfResultsWaiting() {
        AtomicInteger made = new AtomicInteger();
        AtomicInteger mostWaiting = new AtomicInteger();
        int[] handed = {0};

        InOrder.map(IntStream.range(0, 5_000).boxed().toList(), item -> made.incrementAndGet(), item -> {
            handed[0]++;
            mostWaiting.accumulateAndGet(made.get() - handed[0], Math::max);
        });

        assertThat(handed[0]).isEqualTo(5_000);
        assertThat(mostWaiting.get()).isLessThanOrEqualTo(InOrder.WINDOW);
    }

    @Test
    void shouldRethrowAFailureOnTheCallingThread() {
        List<Integer> handed = new ArrayList<>();

        assertThatThrownBy(() -> InOrder.map(List.of(1, 2, 3), item -> {
            if (item == 2) {
                throw new IllegalStateException("item 2 failed");
            }
            return item;
        }, handed::add)).isInstanceOf(IllegalStateException.class).hasMessage("item 2 failed");
        assertThat(handed).containsExactly(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
