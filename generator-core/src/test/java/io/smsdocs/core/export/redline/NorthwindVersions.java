package io.smsdocs.core.export.redline;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Two approved versions of the Northwind sample, rendered to DOCX by the project's own generator once per test
 * run: version 1 is the sample as it is; version 2 raises the Service Desk's availability target from 99.5 to
 * 99.9, renames the Service Desk Lead to Service Desk Manager, gives P2 incidents 6 hours instead of 4,
 * replaces the customer Adventure Works by a new customer Litware (a deleted and an inserted table row), and
 * issues the SLA as version 1.1 with a revision row.
 */
final class NorthwindVersions {

    static final Path ROOT = Path.of("target/redline-test");
    private static final Path DESCRIPTOR = Path.of("../samples/northwind/src/sms/sms.yaml");

    private static boolean rendered;

    private NorthwindVersions() {
    }

    static byte[] v1(String documentId) {
        return read(1, documentId);
    }

    static byte[] v2(String documentId) {
        return read(2, documentId);
    }

    private static synchronized byte[] read(int version, String documentId) {
        try {
            if (!rendered) {
                render();
                rendered = true;
            }
            return Files.readAllBytes(ROOT.resolve("v" + version).resolve("out/docx").resolve(documentId + ".docx"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void render() throws IOException {
        String v1 = Files.readString(DESCRIPTOR);
        String v2 = replace(v1, "hours: Mon-Fri 07:00-19:00, Sat 09:00-13:00\n    availabilityTarget: 99.5",
                "hours: Mon-Fri 07:00-19:00, Sat 09:00-13:00\n    availabilityTarget: 99.9");
        v2 = replace(v2, "title: Service Desk Lead,", "title: Service Desk Manager,");
        v2 = replace(v2, "response: 30 minutes, resolution: 4 hours", "response: 30 minutes, resolution: 6 hours");
        v2 = replace(v2, "  - {id: tailspin, name: Tailspin Logistics Ltd, contact: Finance Director}\n",
                "  - {id: tailspin, name: Tailspin Logistics Ltd, contact: Finance Director}\n"
                        + "  - {id: litware, name: Litware Inc, contact: Chief Information Officer}\n");
        v2 = replace(v2, "customers: [contoso, adventure-works, tailspin]\n    suppliers: [northwind-facilities]\n    hours: Mon-Fri 07",
                "customers: [contoso, tailspin, litware]\n    suppliers: [northwind-facilities]\n    hours: Mon-Fri 07");
        v2 = replace(v2, "  overrides:\n    service-management-policy: {version: \"2.0\", approver: managing-director}\n",
                "  overrides:\n    service-management-policy: {version: \"2.0\", approver: managing-director}\n"
                        + "    sla-service-desk:\n      version: \"1.1\"\n      revisions:\n"
                        + "        - {version: \"1.0\", date: 2026-05-20, author: Tom Fielding, description: First issue}\n"
                        + "        - {version: \"1.1\", date: 2026-09-01, author: Tom Fielding, description: Availability target 99.9 %}\n");
        for (int version = 1; version <= 2; version++) {
            Path folder = ROOT.resolve("v" + version);
            deleteTree(folder);
            Files.createDirectories(folder);
            Path descriptor = folder.resolve("sms.yaml");
            Files.writeString(descriptor, version == 1 ? v1 : v2);
            new SmsGenerator().generate(GenerationRequest.of(descriptor, null, folder.resolve("out"), List.of("docx")));
        }
    }

    private static String replace(String text, String from, String to) {
        if (!text.contains(from)) {
            throw new IllegalStateException("the Northwind sample changed; the redline fixture no longer finds: " + from);
        }
        return text.replace(from, to);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
