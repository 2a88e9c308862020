package io.smsdocs.bench;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Synthetic descriptors with n services and as many customers, suppliers and roles, each generated
 * (Markdown and DOCX) in a fresh JVM with a 1 GiB heap, reporting time and peak heap.
 */
public final class Synthetic {

    private Synthetic() {
    }

    /** @return the line printed for each size */
    static List<String> printGrowth(List<Integer> sizes) throws Exception {
        List<String> lines = new java.util.ArrayList<>();
        System.out.printf(Locale.ROOT, "Synthetic descriptors, Markdown + DOCX, fresh JVM with -Xmx1g %s each (load average %.1f):%n",
                String.join(" ", DocsRepoJvm.options()),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (int size : sizes) {
            DocsRepoJvm.Child child = DocsRepoJvm.run(Synthetic.class, Integer.toString(size));
            lines.add(child.output().isEmpty() ? size + " services: failed (exit " + child.exit() + ")"
                    : child.output().lines().reduce((a, b) -> b).orElse(""));
            System.out.println("  " + lines.get(lines.size() - 1));
        }
        System.out.println();
        return lines;
    }

    /** Child JVM: generate one synthetic set and print one line. */
    public static void main(String[] args) throws Exception {
        int services = Integer.parseInt(args[0]);
        Path dir = Files.createTempDirectory("smsdocs-synthetic");
        Files.writeString(dir.resolve("sms.yaml"), descriptor(services));
        HeapSampler sampler = HeapSampler.start();
        long start = System.nanoTime();
        try {
            int documents = new SmsGenerator().generate(GenerationRequest.of(dir.resolve("sms.yaml"), null, dir.resolve("out"),
                    List.of("markdown", "docx"))).documents().size();
            // The process's CPU time besides the wall time: on a shared machine the wall time follows the other builds.
            long cpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            System.out.printf(Locale.ROOT, "%5d services: %5d documents in %6.2f s (CPU %6.2f s), peak heap %5d MiB%n", services,
                    documents, (System.nanoTime() - start) / 1e9, cpu / 1e9, sampler.stop());
        } catch (io.smsdocs.core.problem.SmsException e) {
            // A limit of the generator, such as the cap on one document's length, is a result of the run too.
            System.out.printf(Locale.ROOT, "%5d services: refused after %6.2f s: %s%n", services, (System.nanoTime() - start) / 1e9,
                    e.problems().get(0).message());
        } catch (OutOfMemoryError e) {
            System.out.printf(Locale.ROOT, "%5d services: out of memory after %6.2f s%n", services, (System.nanoTime() - start) / 1e9);
        }
    }

    static String descriptor(int n) {
        StringBuilder yaml = new StringBuilder("organization: {name: Synthetic Services Ltd}\nsms:\n"
                + "  scope: The SMS covers every service of Synthetic Services Ltd.\n  effectiveDate: 2026-01-15\nroles:\n");
        for (int i = 0; i < n; i++) {
            yaml.append("  - {id: role-").append(i).append(", title: Service Owner ").append(i).append("}\n");
        }
        yaml.append("customers:\n");
        for (int i = 0; i < n; i++) {
            yaml.append("  - {id: customer-").append(i).append(", name: Customer ").append(i).append(" Ltd}\n");
        }
        yaml.append("suppliers:\n");
        for (int i = 0; i < n; i++) {
            yaml.append("  - {id: supplier-").append(i).append(", name: Supplier ").append(i).append(" Ltd, type: ")
                    .append(i % 4 == 0 ? "internal" : "external").append("}\n");
        }
        yaml.append("services:\n");
        for (int i = 0; i < n; i++) {
            yaml.append("  - {id: service-").append(i).append(", name: Service ").append(i).append(", owner: role-").append(i)
                    .append(", customers: [customer-").append(i).append("], suppliers: [supplier-").append(i)
                    .append("], hours: 24x7, availabilityTarget: 99.9}\n");
        }
        return yaml.toString();
    }
}
