package io.smsdocs.core.descriptor;

import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.problem.SourceLocation;
import io.smsdocs.core.descriptor.model.Descriptor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Loads sms.yaml: YAML syntax first; then the schema and the references together, so every mistake
 * is reported in one go; then the typed model with its defaults.
 */
public final class DescriptorLoader {

    public LoadedDescriptor load(Path file, String displayName) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SmsException(Problem.error(SourceLocation.of(displayName), "descriptor not found",
                    "create it (" + io.smsdocs.core.problem.BuildSetting.goal("init") + " writes a starter) or set "
                            + io.smsdocs.core.problem.BuildSetting.named("descriptor")));
        } catch (IOException e) {
            throw new SmsException(Problem.error(SourceLocation.of(displayName), "cannot read the descriptor: " + e.getMessage()));
        }
        return load(bytes, displayName);
    }

    public LoadedDescriptor load(byte[] bytes, String displayName) {
        LocatedTree tree = new YamlTreeReader().read(displayName, bytes);
        List<Problem> schemaProblems = DescriptorSchema.get().validate(tree);
        List<Problem> problems = new ArrayList<>(schemaProblems);
        problems.addAll(new ReferenceValidator(tree).validate());
        problems.addAll(CalendarDates.check(tree));
        Descriptor descriptor = null;
        if (schemaProblems.isEmpty()) {
            // The typed model is built only from a tree the schema accepted.
            DescriptorReader reader = new DescriptorReader(tree);
            descriptor = reader.read();
            // Impossible dates were found above already; the reader meets them again while building the model.
            reader.problems().stream().filter(p -> !problems.contains(p)).forEach(problems::add);
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            throw new SmsException(problems);
        }
        return new LoadedDescriptor(descriptor, tree);
    }
}
