package io.smsdocs.core.render;

import freemarker.core._CoreAPI;
import freemarker.template.Template;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Stops a template that runs too long, such as an endless loop that writes nothing (the output limit
 * catches the ones that write). FreeMarker checks the thread's interrupt flag in loops of templates
 * prepared for it; the watchdog interrupts the rendering thread when its time is up.
 */
final class TemplateWatchdog {

    static final String TIMEOUT_PROPERTY = "smsdocs.templateTimeoutSeconds";
    private static final ScheduledThreadPoolExecutor TIMER = timer();
    private static final Set<Template> PREPARED = Collections.newSetFromMap(Collections.synchronizedMap(new WeakHashMap<>()));

    private final long timeoutSeconds;

    /**
     * One daemon thread for all alarms. A cancelled alarm leaves the queue at once: every document sets one, and a set
     * of thousands of services would otherwise keep thousands of them queued for the full timeout.
     */
    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "smsdocs-template-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    TemplateWatchdog() {
        this.timeoutSeconds = Long.getLong(TIMEOUT_PROPERTY, 30);
    }

    /** The alarms waiting in the timer: those of renderings still running. */
    static int pendingAlarms() {
        return TIMER.getQueue().size();
    }

    long timeoutSeconds() {
        return timeoutSeconds;
    }

    /**
     * Adds interrupt checks to a template's loops, once per parsed template. Synchronized because it edits
     * the parsed template that other threads render: a thread must not see it half edited (the library,
     * shared by every document, once printed a clause list twice that way).
     */
    static synchronized void prepare(Template template) {
        if (PREPARED.add(template)) {
            _CoreAPI.addThreadInterruptedChecks(template);
        }
    }

    /** Runs the action, interrupting this thread if it takes longer than the limit. */
    void run(Action action) throws freemarker.template.TemplateException, java.io.IOException {
        Thread current = Thread.currentThread();
        ScheduledFuture<?> alarm = TIMER.schedule(current::interrupt, timeoutSeconds, TimeUnit.SECONDS);
        try {
            action.run();
        } finally {
            if (!alarm.cancel(false)) {
                awaitQuietly(alarm); // the alarm fired or is firing: let it finish before clearing the flag
            }
            Thread.interrupted(); // never leave a pool thread interrupted
        }
    }

    private static void awaitQuietly(ScheduledFuture<?> alarm) {
        while (true) {
            try {
                alarm.get();
                return;
            } catch (InterruptedException e) {
                // the alarm's own interrupt; keep waiting for it to complete
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.CancellationException e) {
                return;
            }
        }
    }

    static boolean isTimeout(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getName().contains("ThreadInterrupted") || cause instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }

    @FunctionalInterface
    interface Action {
        void run() throws freemarker.template.TemplateException, java.io.IOException;
    }
}
