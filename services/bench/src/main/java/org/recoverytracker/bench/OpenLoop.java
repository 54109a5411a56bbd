package org.recoverytracker.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Constant arrival rate, open loop: request i is due at start + i/rate whatever happened to earlier ones, each runs
 * on a virtual thread of its own, and its latency counts from when it was due — a stall shows up as the latency of
 * every request scheduled during it (no coordinated omission).
 */
final class OpenLoop {
    /** One request: returns the HTTP status; {@code i} numbers requests of a run from 0. */
    interface Request {
        int send(long i) throws Exception;
    }

    /** Told when request {@code i} got a 2xx, at {@code System.nanoTime()} {@code ackNanos}. */
    interface Acks {
        void ack(long i, long ackNanos);
    }

    record Step(int targetRate, long sent, long ok, long failed, double seconds, Latency latency) {
        double achievedRate() {
            return ok / seconds;
        }

        boolean sustained(double p99LimitMs) {
            return failed == 0 && achievedRate() >= 0.95 * targetRate && latency.percentileMs(99) <= p99LimitMs;
        }

        ObjectNode toJson() {
            ObjectNode node = latency.toJson();
            node.put("targetRate", targetRate);
            node.put("achievedRate", Math.round(achievedRate() * 10) / 10.0);
            node.put("sent", sent);
            node.put("ok", ok);
            node.put("failed", failed);
            node.put("seconds", Math.round(seconds * 100) / 100.0);
            return node;
        }
    }

    private OpenLoop() {
    }

    static Step run(int rate, Duration duration, Request request, Acks acks) {
        long total = Math.max(1, rate * duration.toMillis() / 1000);
        long intervalNanos = 1_000_000_000L / rate;
        Latency latency = new Latency();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long i = 0; i < total; i++) {
                long due = start + i * intervalNanos;
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                long index = i;
                threads.execute(() -> {
                    int status;
                    try {
                        status = request.send(index);
                    } catch (Exception e) {
                        status = -1;
                    }
                    long now = System.nanoTime();
                    latency.recordNanos(now - due);
                    if (status >= 200 && status < 300) {
                        ok.incrementAndGet();
                        acks.ack(index, now);
                    } else {
                        failed.incrementAndGet();
                    }
                });
            }
            threads.shutdown();
            awaitQuietly(threads);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Step(rate, total, ok.get(), failed.get(), seconds, latency);
    }

    private static void awaitQuietly(ExecutorService threads) {
        try {
            threads.awaitTermination(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
