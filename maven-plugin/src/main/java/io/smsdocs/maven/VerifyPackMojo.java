package io.smsdocs.maven;

import io.smsdocs.core.api.PackVerifier;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.template.PackCatalogue;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A template pack's self-test, bound in the pack's own build (phase verify, so a broken pack is never installed):
 * renders every template of the packs the project builds for each language and edition they support against
 * built-in minimal, partial and full descriptors, fails on any template error (located in the pack's file), and
 * checks that each document a pack adds has a code and clauses for the register and the traceability matrix. A set
 * per language, from the full descriptor, is left in target/sms-verify for a look.
 */
@Mojo(name = "verify-pack", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class VerifyPackMojo extends AbstractMojo {

    /** The pack's compiled resources (its META-INF/smsdocs/packs.index and packs/). */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true)
    private File classesDirectory;

    @Parameter(defaultValue = "${project.runtimeClasspathElements}", readonly = true)
    private List<String> classpath;

    /** Where the runs' descriptors and the sample sets are written. */
    @Parameter(property = "sms.verifyDirectory", defaultValue = "${project.build.directory}/sms-verify")
    private File verifyDirectory;

    /** Skips the self-test. */
    @Parameter(property = "sms.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("sms.skip is set: the pack is not verified");
            return;
        }
        List<String> names = packNames(classesDirectory.toPath().resolve(PackCatalogue.PACK_INDEX));
        try (URLClassLoader classLoader = new URLClassLoader(urls(), getClass().getClassLoader())) {
            PackVerifier.Report report = MojoProblems.run(getLog(), () -> new PackVerifier().verify(classLoader, names,
                    verifyDirectory.toPath(), LocalDate.now()));
            String packs = report.packs().stream().map(p -> p.name() + " " + p.version()).collect(Collectors.joining(", "));
            getLog().info("Verified pack " + packs + ": " + report.runs().size() + " renderings ("
                    + String.join(", ", report.runs().stream().map(r -> r.language() + " " + r.edition()).distinct().toList())
                    + "; minimal, partial and full descriptors)");
            report.warnings().forEach(w -> getLog().warn(MojoProblems.format(w)));
            report.errors().forEach(e -> getLog().error(MojoProblems.format(e)));
            if (!report.passed()) {
                throw new MojoFailureException("the pack " + packs + " has " + report.errors().size()
                        + (report.errors().size() == 1 ? " problem" : " problems") + " (see the lines above)");
            }
            report.samples().forEach(s -> getLog().info("A set rendered with the pack, to look at: " + s));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> packNames(Path index) {
        if (!Files.isRegularFile(index)) {
            return List.of();
        }
        try {
            return Files.readAllLines(index, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private URL[] urls() {
        List<URL> urls = new ArrayList<>();
        List<String> elements = new ArrayList<>(List.of(classesDirectory.getPath()));
        classpath.stream().filter(e -> !elements.contains(e)).forEach(elements::add);
        for (String element : elements) {
            try {
                urls.add(new File(element).toURI().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(element, e);
            }
        }
        return urls.toArray(URL[]::new);
    }
}
