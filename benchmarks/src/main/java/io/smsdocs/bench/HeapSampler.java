package io.smsdocs.bench;

/**
 * Peak heap in use, sampled every 5 ms. (The memory pools' own peaks are reached at different
 * moments, so their sum overstates the peak.)
 */
final class HeapSampler {

    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    private HeapSampler() {
        thread = new Thread(() -> {
            Runtime runtime = Runtime.getRuntime();
            while (running) {
                peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
    }

    static HeapSampler start() {
        HeapSampler sampler = new HeapSampler();
        sampler.thread.start();
        return sampler;
    }

    /** Stops sampling; the peak in MiB. */
    long stop() throws InterruptedException {
        running = false;
        thread.join();
        return peak >> 20;
    }
}
