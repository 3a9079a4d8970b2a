package nl.kring.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A list mapped on this thread and the common pool's workers, each taking the next item as it finishes one.
 * <p>
 * Why not a parallel stream: a stream splits the list into a few large parts up front, and a region's pages differ
 * a thousandfold in cost (a printable overview draws a QR code for each of hundreds of groups; a group's page takes
 * a millisecond). The thread that got the part with the overviews rendered on while the other waited: in a JFR
 * recording of the medium benchmark network the main thread was parked 1.3 s of a 4.5 s build in that join, in the
 * large one 5.7 s of 31 s. Here the items {@code first} selects are taken first (the costly ones), the others after
 * them in their order, one at a time, so the last to finish waits at most for one page. The results keep the
 * items' order.
 */
final class Parallel {

    private Parallel() {
    }

    /**
     * One of the common pool's workers taking items, if it gets to it before this thread is done: a helper still
     * queued then (the pool busy with other work, such as the preview's other regions) is skipped, not waited for.
     */
    private static final class Helper implements Runnable {

        private final Runnable work;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CountDownLatch done = new CountDownLatch(1);

        Helper(Runnable work) {
            this.work = work;
        }

        @Override
        public void run() {
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            try {
                work.run();
            } finally {
                done.countDown();
            }
        }

        void awaitIfStarted() {
            if (claimed.compareAndSet(false, true)) {
                return;   // never started: nothing of it to wait for
            }
            boolean interrupted = false;
            while (true) {
                try {
                    done.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** {@code map} applied to every item; the first failure is thrown once every thread has stopped. */
    static <T, R> List<R> map(List<T> items, Predicate<? super T> first, Function<? super T, ? extends R> map) {
        int n = items.size();
        int[] order = new int[n];
        boolean[] early = new boolean[n];
        int taken = 0;
        for (int i = 0; i < n; i++) {
            early[i] = first.test(items.get(i));
            if (early[i]) {
                order[taken++] = i;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!early[i]) {
                order[taken++] = i;
            }
        }
        Object[] results = new Object[n];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            for (int claimed; failure.get() == null && (claimed = next.getAndIncrement()) < n; ) {
                int i = order[claimed];
                try {
                    results[i] = map.apply(items.get(i));
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        List<Helper> helpers = new ArrayList<>();
        for (int h = Math.min(ForkJoinPool.getCommonPoolParallelism(), n - 1); h > 0; h--) {
            Helper helper = new Helper(work);
            helpers.add(helper);
            ForkJoinPool.commonPool().execute(helper);
        }
        work.run();
        for (Helper helper : helpers) {
            helper.awaitIfStarted();   // a helper still running stops after the item it is on
        }
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        if (failed != null) {
            throw new IllegalStateException(failed);
        }
        @SuppressWarnings("unchecked")
        List<R> mapped = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
        return mapped;
    }
}
