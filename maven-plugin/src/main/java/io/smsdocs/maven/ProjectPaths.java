package io.smsdocs.maven;

import java.nio.file.Path;

/** Shows paths relative to the project, so problem lines read src/sms/sms.yaml:14:5. */
final class ProjectPaths {

    private final Path basedir;

    ProjectPaths(Path basedir) {
        this.basedir = basedir.toAbsolutePath().normalize();
    }

    Path defaultTemplateDirectory() {
        return basedir.resolve("src/sms/templates");
    }

    String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(basedir) ? basedir.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
    }
}
