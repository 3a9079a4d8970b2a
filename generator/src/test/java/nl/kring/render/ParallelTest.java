package nl.kring.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Pages rendered on several threads, one at a time each: every item once, results in the items' order. */
class ParallelTest {

    @Test
    void everyItemIsMappedOnceAndTheResultsKeepTheItemsOrder() {
        List<Integer> items = IntStream.range(0, 2_000).boxed().toList();
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        List<String> results = Parallel.map(items, i -> i % 7 == 0, i -> {
            assertThat(seen.add(i)).as("mapped once: %s", i).isTrue();
            return "page " + i;
        });
        assertThat(results).containsExactlyElementsOf(items.stream().map(i -> "page " + i).toList());
    }

    @Test
    void theItemsSelectedFirstAreTakenFirst() {
        // Items are taken in order: when a thread starts an item not selected, every selected one has been taken,
        // and only those the other threads took and have not started yet (one each at most) are still to start.
        int threads = ForkJoinPool.getCommonPoolParallelism() + 1;
        CountDownLatch selectedToStart = new CountDownLatch(10);
        ConcurrentLinkedQueue<Long> stillToStart = new ConcurrentLinkedQueue<>();
        List<Integer> items = IntStream.range(0, 200).boxed().toList();
        Parallel.map(items, i -> i >= 190, i -> {
            if (i >= 190) {
                selectedToStart.countDown();
            } else {
                stillToStart.add(selectedToStart.getCount());
            }
            return i;
        });
        assertThat(stillToStart).hasSize(190).allSatisfy(left -> assertThat(left).isLessThan(threads));
        assertThat(selectedToStart.getCount()).isZero();
    }

    @Test
    void aBusyPoolDoesNotHoldUpTheCallingThread() throws InterruptedException {
        // the preview renders its regions on the pool: a helper queued behind them is skipped, not waited for
        int workers = ForkJoinPool.getCommonPoolParallelism();
        CountDownLatch busy = new CountDownLatch(workers);
        CountDownLatch release = new CountDownLatch(1);
        for (int w = 0; w < workers; w++) {
            ForkJoinPool.commonPool().execute(() -> {
                busy.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        busy.await();
        try {
            List<Integer> items = IntStream.range(0, 50).boxed().toList();
            List<Integer> doubled = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> Parallel.map(items, i -> false, i -> i * 2));
            assertThat(doubled).containsExactlyElementsOf(items.stream().map(i -> i * 2).toList());
        } finally {
            release.countDown();
        }
    }

    @Test
    void aFailureIsThrownAfterEveryThreadStopped() {
        List<Integer> items = IntStream.range(0, 100).boxed().toList();
        assertThatThrownBy(() -> Parallel.map(items, i -> false, i -> {
            if (i == 42) {
                throw new IllegalArgumentException("template mistake");
            }
            return i;
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("template mistake");
        assertThat(Parallel.map(List.of(), i -> true, i -> i)).isEmpty();
    }
}
