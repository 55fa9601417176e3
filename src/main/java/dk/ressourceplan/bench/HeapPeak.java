package dk.ressourceplan.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap of one run: the JVM's heap pools (eden, survivor, old generation) have their peaks reset before the
 * run and summed after it. The pools do not peak at the same moment, so the sum is an upper bound on the heap in
 * use at any one time; it counts garbage not yet collected as well, so it depends on the collector and on how much
 * heap it was allowed (see {@link #maxHeapMegabytes()}).
 */
final class HeapPeak {

    private HeapPeak() {
    }

    /** Collects what earlier runs left behind and starts counting afresh. */
    static void reset() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long megabytes() {
        long bytes = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return bytes / (1024 * 1024);
    }

    static long maxHeapMegabytes() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }
}
