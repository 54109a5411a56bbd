package org.recoverytracker.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/** Latencies in microseconds (1 µs to 5 min, 3 significant digits), recorded from many threads, read in ms. */
final class Latency {
    private final Recorder recorder = new Recorder(TimeUnit.MINUTES.toMicros(5), 3);
    private Histogram histogram;

    void recordNanos(long nanos) {
        recorder.recordValue(Math.min(Math.max(nanos / 1_000, 1), TimeUnit.MINUTES.toMicros(5)));
    }

    /** Ends recording; later calls read what was recorded until now. */
    Histogram histogram() {
        if (histogram == null) {
            histogram = recorder.getIntervalHistogram();
        }
        return histogram;
    }

    double percentileMs(double percentile) {
        return histogram().getValueAtPercentile(percentile) / 1000.0;
    }

    ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("count", histogram().getTotalCount());
        node.put("p50Ms", percentileMs(50));
        node.put("p99Ms", percentileMs(99));
        node.put("p999Ms", percentileMs(99.9));
        node.put("maxMs", histogram().getMaxValue() / 1000.0);
        return node;
    }
}
