package io.smsdocs.core.scaffold;

import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.problem.SourceLocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A first descriptor, commented so that a newcomer can fill it in, with the JSON Schema beside it for the
 * editor (first line: {@code # yaml-language-server: $schema=sms.schema.json}), plus what a docs repo needs
 * around it when missing: a minimal pom, a .gitignore for target/, and a .mvn folder that marks the root of
 * the build for Maven 4. The scaffold generates a full set and passes sms:check as it is. Existing files are
 * never overwritten.
 */
public final class ProjectScaffold {

    /** The schema file written beside the descriptor; the descriptor's first line points the editor at it. */
    public static final String SCHEMA = "src/sms/sms.schema.json";
    static final String SCHEMA_LINE = "# yaml-language-server: $schema=sms.schema.json";

    /**
     * The files written, those that already existed and were kept, the plugin declaration, and whether the
     * pom that was kept lacks that declaration (then the user has to add it).
     */
    public record Result(List<String> written, List<String> kept, String pomSnippet, boolean pomNeedsPlugin) {
    }

    private ProjectScaffold() {
    }

    public static Result create(Path projectDirectory, String organization, String edition, String pluginVersion) {
        if (organization == null || organization.isBlank()) {
            throw new SmsException(Problem.error(new SourceLocation("sms.organization", 1, 1), "the organisation name is empty",
                    "pass " + io.smsdocs.core.problem.BuildSetting.assigned("organization", "\"Your Organisation Ltd\"")));
        }
        if (!"2018".equals(edition) && !"2011".equals(edition)) {
            throw new SmsException(Problem.error(new SourceLocation("sms.edition", 1, 1), "unknown edition '" + edition + "'",
                    io.smsdocs.core.problem.Suggestions.didYouMean(edition, List.of("2018", "2011"),
                            "use " + io.smsdocs.core.problem.BuildSetting.assigned("edition", "2018") + " (or 2011 for a set in the 2011 structure)")));
        }
        List<String> written = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        write(projectDirectory.resolve("src/sms/sms.yaml"), descriptor(organization.strip(), edition), "src/sms/sms.yaml", written, kept);
        write(projectDirectory.resolve(SCHEMA), schema(), SCHEMA, written, kept);
        Path pom = projectDirectory.resolve("pom.xml");
        boolean pomExisted = Files.exists(pom);
        write(pom, pom(organization.strip(), pluginVersion), "pom.xml", written, kept);
        write(projectDirectory.resolve(".gitignore"), "target/\n", ".gitignore", written, kept);
        write(projectDirectory.resolve(".mvn/README.md"), MVN_README, ".mvn/README.md", written, kept);
        write(projectDirectory.resolve(".mvn/jvm.config"), JVM_CONFIG, ".mvn/jvm.config", written, kept);
        return new Result(written, kept, pluginSnippet(pluginVersion), pomExisted && !declaresPlugin(pom));
    }

    /** Maven 4 looks for a .mvn folder to find the root of the build and warns without one; git keeps no empty folder. */
    static final String MVN_README = """
            This folder marks the root of the docs repository for Maven: Maven 4 warns when it cannot find the root
            directory. Put Maven settings for this repository here (maven.config, jvm.config) if you need any.

            jvm.config holds the options of the JVM that runs Maven here, chosen for short builds such as
            mvn sms:generate: compile with the quick compiler only (-XX:TieredStopAtLevel=1) and collect garbage
            with one thread (-XX:+UseSerialGC). On a 2-core machine they halved the CPU time of a cold
            sms:generate (see docs/performance.md of smsdocs), and a set of 5,000 services took a quarter less time
            with them than with the JVM's defaults. Delete the file, or override it with MAVEN_OPTS, to run Maven
            with other options.
            """;

    /** JVM options for short Maven builds: measured in docs/performance.md (cold sms:generate and help:help alike). */
    static final String JVM_CONFIG = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC\n";

    private static boolean declaresPlugin(Path pom) {
        try {
            return Files.readString(pom).contains("<artifactId>sms-maven-plugin</artifactId>");
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] schema() {
        try (var in = ProjectScaffold.class.getResourceAsStream(io.smsdocs.core.descriptor.DescriptorSchema.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the descriptor schema is missing from the generator jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content, String name, List<String> written, List<String> kept) {
        write(file, content.getBytes(java.nio.charset.StandardCharsets.UTF_8), name, written, kept);
    }

    private static void write(Path file, byte[] content, String name, List<String> written, List<String> kept) {
        if (Files.exists(file)) {
            kept.add(name);
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, content);
            written.add(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String descriptor(String organization) {
        return descriptor(organization, "2018");
    }

    static String descriptor(String organization, String edition) {
        String shortName = organization.split("\\s+")[0];
        return """
                %5$s
                # The descriptor of the service management system (SMS) of %1$s.
                # smsdocs generates the ISO/IEC 20000-1:%3$s document set from it: mvn sms:generate
                # Only organization.name and sms.scope are required; every key and its default is described
                # in sms.schema.json beside this file (the first line lets your editor complete and check keys).
                # Run mvn sms:check to see what an auditor would still miss; mvn sms:help -Ddetail=true lists the goals.

                organization:
                  name: %1$s
                  shortName: %2$s
                  # address: 1 High Street, Town, Postcode
                  # logo: images/logo.png           # relative to this file

                sms:
                  edition: "%3$s"
                  # The scope statement (clause 4.3): which services, for which customers, from where. Make it
                  # yours; the sentence below is a start that an auditor will ask you to make specific.
                  scope: >-
                    The service management system of %1$s covers the planning, design, transition,
                    delivery and improvement of the services listed below, provided to the customers
                    listed below.
                  # effectiveDate: 2026-01-15         # without it, documents are drafts
                  # topManagement: managing-director
                  # documentControl: {classification: Internal, reviewIntervalMonths: 12, owner: sms-manager}

                # roles:
                #   - {id: managing-director, title: Managing Director, person: Name Surname}
                #   - {id: sms-manager, title: Service Management Manager, person: Name Surname, capacity: 80}   # %% of time for the SMS project (default 50)
                #   - {id: service-desk-lead, title: Service Desk Lead}

                # services:
                #   - id: service-desk
                #     name: Service Desk
                #     description: Single point of contact for incidents and requests.
                #     owner: service-desk-lead
                #     customers: [main-customer]
                #     hours: Mon-Fri 08:00-18:00
                #     availabilityTarget: 99.5

                # customers:
                #   - {id: main-customer, name: Main Customer Ltd}

                # suppliers:
                #   - {id: hosting-partner, name: Hosting Partner Ltd, type: external, provides: Data centre hosting}

                # processes:                        # owner and tool per process; a process without an owner
                #                                   # is owned by sms.documentControl.owner (sms:check says which)
                #   incident-management: {owner: service-desk-lead, tool: Your Service Desk Tool}

                # implementation:                   # gap assessment
                #   start: 2026-02-01
                #   gaps: [{clause: "%4$s", status: partial, note: What is missing}]

                # certification:                    # audit dates; completed: the steps that have taken place, with their dates
                #   stage1: 2027-03-01
                #   stage2: 2027-04-12
                #   completed: {application: 2026-10-05}
                """.formatted(organization, shortName, edition, "2011".equals(edition) ? "8.1" : "8.6.1", SCHEMA_LINE);
    }

    static String pom(String organization, String pluginVersion) {
        String artifact = organization.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>sms.docs</groupId>
                  <artifactId>%1$s-sms-docs</artifactId>
                  <version>1.0.0</version>
                  <packaging>pom</packaging>

                  <build>
                    <plugins>
                %2$s
                    </plugins>
                  </build>
                </project>
                """.formatted(artifact.isEmpty() ? "organisation" : artifact, pluginSnippet(pluginVersion).indent(6).stripTrailing());
    }

    static String pluginSnippet(String pluginVersion) {
        return """
                <plugin>
                  <groupId>io.smsdocs</groupId>
                  <artifactId>sms-maven-plugin</artifactId>
                  <version>%s</version>
                </plugin>""".formatted(pluginVersion);
    }
}
