package io.smsdocs.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a cold run's CPU goes, from a JFR recording of it: each execution sample is given to the phase of the
 * generator it ran in (the first matching frame from the root) and to the library whose code it was executing
 * (the innermost frame outside the JDK), and counted as class loading when a class loader was on its stack.
 * Execution samples are taken of running threads only, so the shares are of CPU, not of wall time, and hold on a
 * loaded machine. Record with {@code MAVEN_OPTS="-XX:StartFlightRecording=filename=run.jfr,settings=profile
 * -XX:FlightRecorderOptions:stackdepth=512"}, then {@code java -cp <benchmarks classpath> io.smsdocs.bench.ColdProfile run.jfr...}.
 */
public final class ColdProfile {

    /** Phase by the first frame, from the root of the stack, whose class name starts with the key. Order matters. */
    private static final Map<String, String> PHASES = new LinkedHashMap<>();

    static {
        PHASES.put("io.smsdocs.core.chart.", "charts (draw, PNG)");
        PHASES.put("io.smsdocs.core.render.LinkedImages", "charts (draw, PNG)");
        PHASES.put("io.smsdocs.core.history.", "git release history (JGit)");
        PHASES.put("io.smsdocs.core.export.docx.PackageTemplate", "DOCX package template (POI)");
        PHASES.put("io.smsdocs.core.export.docx.", "DOCX export");
        PHASES.put("io.smsdocs.core.export.xlsx.", "XLSX export");
        PHASES.put("io.smsdocs.core.export.html.", "HTML export");
        PHASES.put("io.smsdocs.core.export.markdown.", "Markdown export");
        PHASES.put("io.smsdocs.core.export.", "other export");
        PHASES.put("io.smsdocs.core.descriptor.", "descriptor: YAML, schema, binding");
        PHASES.put("io.smsdocs.core.template.", "templates: find, configure");
        PHASES.put("io.smsdocs.core.plan.", "plan");
        PHASES.put("io.smsdocs.core.programme.", "plan");
        PHASES.put("io.smsdocs.core.decision.", "plan");
        PHASES.put("io.smsdocs.core.check.", "checks");
        PHASES.put("io.smsdocs.core.render.", "render templates (FreeMarker)");
        PHASES.put("io.smsdocs.core.model.", "template model");
        PHASES.put("io.smsdocs.core.output.", "output: fingerprint, write");
        PHASES.put("io.smsdocs.", "other smsdocs");
        PHASES.put("org.apache.maven.", "Maven itself");
        PHASES.put("org.codehaus.plexus.", "Maven itself");
        PHASES.put("org.eclipse.sisu.", "Maven itself");
        PHASES.put("com.google.inject.", "Maven itself");
    }

    /** Library by package prefix, for the innermost frame outside the JDK. */
    private static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

    static {
        LIBRARIES.put("io.smsdocs.", "smsdocs");
        LIBRARIES.put("freemarker.", "FreeMarker");
        LIBRARIES.put("com.fasterxml.jackson.", "Jackson");
        LIBRARIES.put("org.yaml.snakeyaml.", "SnakeYAML");
        LIBRARIES.put("com.networknt.", "json-schema-validator");
        LIBRARIES.put("com.vladsch.flexmark.", "flexmark");
        LIBRARIES.put("org.apache.poi.", "POI");
        LIBRARIES.put("org.openxmlformats.", "POI (ooxml schemas)");
        LIBRARIES.put("org.apache.xmlbeans.", "XMLBeans");
        LIBRARIES.put("org.apache.commons.", "Apache Commons");
        LIBRARIES.put("org.eclipse.jgit.", "JGit");
        LIBRARIES.put("org.apache.maven.", "Maven");
        LIBRARIES.put("org.codehaus.plexus.", "Maven");
        LIBRARIES.put("org.eclipse.sisu.", "Maven");
        LIBRARIES.put("com.google.", "Maven");
        LIBRARIES.put("sun.java2d.", "JDK Java2D, fonts, ImageIO");
        LIBRARIES.put("sun.font.", "JDK Java2D, fonts, ImageIO");
        LIBRARIES.put("java.awt.", "JDK Java2D, fonts, ImageIO");
        LIBRARIES.put("sun.awt.", "JDK Java2D, fonts, ImageIO");
        LIBRARIES.put("javax.imageio.", "JDK Java2D, fonts, ImageIO");
        LIBRARIES.put("com.sun.imageio.", "JDK Java2D, fonts, ImageIO");
    }

    private ColdProfile() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> recordings = new ArrayList<>();
        for (String arg : args) {
            recordings.add(Path.of(arg));
        }
        print(recordings);
    }

    static void print(List<Path> recordings) throws IOException {
        Map<String, int[]> phases = new TreeMap<>();
        Map<String, Integer> libraries = new TreeMap<>();
        int total = 0;
        for (Path recording : recordings) {
            for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                total++;
                RecordedStackTrace stack = event.getStackTrace();
                int[] counts = phases.computeIfAbsent(phase(stack.getFrames()), k -> new int[2]);
                counts[0]++;
                if (loadingClasses(stack.getFrames())) {
                    counts[1]++;
                }
                libraries.merge(library(stack.getFrames()), 1, Integer::sum);
            }
        }
        int all = total;
        System.out.printf(Locale.ROOT, "%d execution samples (about 10 ms of CPU each) in %d recording(s)%n", total, recordings.size());
        System.out.printf(Locale.ROOT, "  %-36s %8s %8s %s%n", "phase", "samples", "share", "of which loading classes");
        phases.entrySet().stream().sorted((a, b) -> b.getValue()[0] - a.getValue()[0]).forEach(e -> System.out.printf(Locale.ROOT,
                "  %-36s %8d %7.1f%% %8d%n", e.getKey(), e.getValue()[0], 100.0 * e.getValue()[0] / all, e.getValue()[1]));
        System.out.printf(Locale.ROOT, "  %-36s %8s %8s%n", "library executing (innermost non-JDK)", "samples", "share");
        libraries.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).forEach(e -> System.out.printf(Locale.ROOT,
                "  %-36s %8d %7.1f%%%n", e.getKey(), e.getValue(), 100.0 * e.getValue() / all));
    }

    /** Work that other phases start (a chart for the render, a package template for the export) counts as its own. */
    private static final List<String> NESTED = List.of("io.smsdocs.core.chart.", "io.smsdocs.core.render.LinkedImages",
            "io.smsdocs.core.history.", "io.smsdocs.core.export.docx.PackageTemplate");

    private static String phase(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            for (String nested : NESTED) {
                if (type.startsWith(nested)) {
                    return PHASES.get(nested);
                }
            }
        }
        boolean smsdocs = false;
        boolean maven = false;
        for (int i = frames.size() - 1; i >= 0; i--) {
            String type = frames.get(i).getMethod().getType().getName();
            if (type.startsWith("io.smsdocs.core.api.") || type.startsWith("io.smsdocs.maven.")) {
                smsdocs = true;
                continue;
            }
            for (Map.Entry<String, String> phase : PHASES.entrySet()) {
                if (type.startsWith(phase.getKey())) {
                    if (phase.getValue().equals("Maven itself")) {
                        maven = true;
                        break;
                    }
                    return phase.getValue();
                }
            }
        }
        return smsdocs ? "other smsdocs (goal, generator)" : maven ? "Maven itself" : "JVM, other threads";
    }

    private static boolean loadingClasses(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            String method = frame.getMethod().getName();
            if ((type.endsWith("ClassLoader") || type.contains("ClassLoader$") || type.startsWith("org.codehaus.plexus.classworlds."))
                    && (method.startsWith("loadClass") || method.startsWith("defineClass") || method.equals("findClass"))) {
                return true;
            }
        }
        return false;
    }

    private static String library(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            for (Map.Entry<String, String> library : LIBRARIES.entrySet()) {
                if (type.startsWith(library.getKey())) {
                    return library.getValue();
                }
            }
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.") && !type.startsWith("javax.")
                    && !type.startsWith("com.sun.")) {
                return "other: " + type.substring(0, Math.max(type.indexOf('.', type.indexOf('.') + 1), 0));
            }
        }
        return "JDK only";
    }
}
