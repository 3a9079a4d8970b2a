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
        ConcurrentLinkedQueue<Integer> started = new ConcurrentLinkedQueue<>();
        List<Integer> items = IntStream.range(0, 200).boxed().toList();
        Parallel.map(items, i -> i >= 190, i -> started.add(i));
        // each thread takes the next item when it is done with one: the ten selected are among the first taken
        assertThat(started.stream().limit(10 + Runtime.getRuntime().availableProcessors()).toList())
                .containsAll(IntStream.range(190, 200).boxed().toList());
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
