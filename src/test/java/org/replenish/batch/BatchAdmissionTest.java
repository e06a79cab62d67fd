package org.replenish.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The counter behind the batch limit: never past the limit, each ticket released once. */
class BatchAdmissionTest {

    @Test
    void admitsUpToTheLimitAndNoMore() {
        BatchAdmission admission = new BatchAdmission(2);
        assertNotNull(admission.admit());
        assertNotNull(admission.admit());
        assertNull(admission.admit(), "a third batch with a limit of 2");
        assertEquals(2, admission.inFlight());
    }

    @Test
    void aReleasedTicketMakesRoomOnceHoweverOftenItIsReleased() {
        BatchAdmission admission = new BatchAdmission(2);
        BatchAdmission.Ticket first = admission.admit();
        admission.admit();
        // A request can end twice over (answer written, then its connection closed): it leaves one place, not two.
        first.release();
        first.release();
        assertEquals(1, admission.inFlight());
        assertNotNull(admission.admit());
        assertNull(admission.admit());
    }

    @Test
    void aLimitOfZeroRefusesEveryBatch() {
        BatchAdmission admission = new BatchAdmission(0);
        assertNull(admission.admit());
        assertEquals(0, admission.inFlight());
    }

    @Test
    void aNegativeLimitIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> new BatchAdmission(-1));
    }

    /** 8 threads race for 3 places 1,000 times each: the count never passes 3 and ends at 0. */
    @Test
    void racingThreadsNeverPassTheLimitAndLeaveNothingBehind() throws InterruptedException {
        BatchAdmission admission = new BatchAdmission(3);
        AtomicInteger highest = new AtomicInteger();
        AtomicInteger admitted = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Runnable> racers = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            racers.add(() -> {
                awaitQuietly(start);
                for (int attempt = 0; attempt < 1_000; attempt++) {
                    BatchAdmission.Ticket ticket = admission.admit();
                    if (ticket != null) {
                        admitted.incrementAndGet();
                        highest.accumulateAndGet(admission.inFlight(), Math::max);
                        ticket.release();
                    }
                }
            });
        }
        racers.forEach(threads::execute);
        start.countDown();
        threads.shutdown();
        assertTrue(threads.awaitTermination(1, TimeUnit.MINUTES));
        assertEquals(0, admission.inFlight());
        assertTrue(highest.get() <= 3, "highest count " + highest.get());
        assertTrue(admitted.get() > 0);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
