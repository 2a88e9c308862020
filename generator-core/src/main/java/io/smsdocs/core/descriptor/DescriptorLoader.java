package io.smsdocs.core.descriptor;

import io.smsdocs.core.api.Problem;
import io.smsdocs.core.api.SmsException;
import io.smsdocs.core.api.SourceLocation;
import io.smsdocs.core.descriptor.model.Descriptor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads sms.yaml: YAML syntax, then the schema, then references. Every problem of a stage is reported
 * together; a later stage runs only when the earlier ones passed, so findings never cascade.
 */
public final class DescriptorLoader {

    public LoadedDescriptor load(Path file, String displayName) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SmsException(Problem.error(SourceLocation.of(displayName), "descriptor not found",
                    "create it (sms:init writes a starter) or set sms.descriptor"));
        } catch (IOException e) {
            throw new SmsException(Problem.error(SourceLocation.of(displayName), "cannot read the descriptor: " + e.getMessage()));
        }
        return load(bytes, displayName);
    }

    public LoadedDescriptor load(byte[] bytes, String displayName) {
        LocatedTree tree = new YamlTreeReader().read(displayName, bytes);
        List<Problem> schemaProblems = DescriptorSchema.get().validate(tree);
        if (!schemaProblems.isEmpty()) {
            throw new SmsException(schemaProblems);
        }
        DescriptorReader reader = new DescriptorReader(tree);
        Descriptor descriptor = reader.read();
        List<Problem> problems = new ArrayList<>(reader.problems());
        problems.addAll(new ReferenceValidator(tree).validate(descriptor));
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            throw new SmsException(problems);
        }
        return new LoadedDescriptor(descriptor, tree);
    }
}
