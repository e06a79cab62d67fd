package org.replenish.batch;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts batch requests in flight against a limit. Admission never lets the count pass the limit, and each admitted
 * request is released through its own Ticket, which counts once however many ways its request ends (answer written,
 * connection closed, write failed).
 */
public final class BatchAdmission {

    private final int limit;
    private final AtomicInteger inFlight = new AtomicInteger();

    public BatchAdmission(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException(
                    "A limit of batches in flight (replenish.batch.max-in-flight) is at least 0, not " + limit);
        }
        this.limit = limit;
    }

    /** A ticket for one more batch in flight, or null when the limit is reached. */
    public Ticket admit() {
        int now;
        do {
            now = inFlight.get();
            if (now >= limit) {
                return null;
            }
        } while (!inFlight.compareAndSet(now, now + 1));
        return new Ticket();
    }

    public int inFlight() {
        return inFlight.get();
    }

    public int limit() {
        return limit;
    }

    /** One admitted batch; release it when its request has ended, however it ended. */
    public final class Ticket {

        private final AtomicBoolean released = new AtomicBoolean();

        private Ticket() {
        }

        public void release() {
            if (released.compareAndSet(false, true)) {
                inFlight.decrementAndGet();
            }
        }
    }
}
