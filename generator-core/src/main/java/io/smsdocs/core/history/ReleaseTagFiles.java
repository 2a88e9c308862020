package io.smsdocs.core.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether the repository a folder lives in may hold a release tag, read from git's ref files alone. Most builds
 * run where no tag matches (outside git, or before the first release), and answering that without JGit keeps its
 * 220 classes and about 0.1 s of CPU out of a cold build. Whatever this reader does not know (GIT_DIR and its kin, a
 * reftable, a .git it cannot read) answers "maybe", and JGit decides as before.
 */
public final class ReleaseTagFiles {

    private static final String TAGS = "refs/tags/";
    /** The environment variables that change which repository git (and JGit) finds for a folder. */
    private static final List<String> DISCOVERY_VARIABLES = List.of("GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR", "GIT_CEILING_DIRECTORIES");

    private ReleaseTagFiles() {
    }

    /** False only when the folder is in no repository, or its repository has no tag matching the glob pattern. */
    public static boolean mayHoldRelease(Path folder, String pattern) {
        if (DISCOVERY_VARIABLES.stream().anyMatch(name -> System.getenv(name) != null)) {
            return true;
        }
        try {
            Path gitDir = gitDir(folder.toAbsolutePath().normalize());
            if (gitDir == null) {
                return false;
            }
            Path common = commonDir(gitDir);
            if (!Files.isRegularFile(common.resolve("HEAD")) && !Files.isRegularFile(gitDir.resolve("HEAD"))
                    || Files.exists(common.resolve("reftable"))) {
                return true;
            }
            Pattern glob = glob(pattern);
            return looseTags(common).anyMatch(name -> glob.matcher(name).matches())
                    || packedTags(common).stream().anyMatch(name -> glob.matcher(name).matches());
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    /** A tag glob (sms-v*) as a pattern: * any text, ? one character. Here, not in GitRepository, so no JGit class is loaded. */
    static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString());
    }

    /** The .git folder (or the folder a .git file points to) of the nearest enclosing work tree, or null. */
    private static Path gitDir(Path folder) throws IOException {
        for (Path dir = folder; dir != null; dir = dir.getParent()) {
            Path dotGit = dir.resolve(".git");
            if (Files.isDirectory(dotGit)) {
                return dotGit;
            }
            if (Files.isRegularFile(dotGit)) {
                String content = Files.readString(dotGit, StandardCharsets.UTF_8).strip();
                if (!content.startsWith("gitdir:")) {
                    throw new IOException("unreadable .git file " + dotGit);
                }
                return dir.resolve(content.substring("gitdir:".length()).strip()).normalize();
            }
        }
        return null;
    }

    /** A linked work tree keeps its tags in the main repository's folder (the commondir file names it). */
    private static Path commonDir(Path gitDir) throws IOException {
        Path commondir = gitDir.resolve("commondir");
        if (!Files.isRegularFile(commondir)) {
            return gitDir;
        }
        return gitDir.resolve(Files.readString(commondir, StandardCharsets.UTF_8).strip()).normalize();
    }

    private static Stream<String> looseTags(Path common) throws IOException {
        Path tags = common.resolve(TAGS);
        if (!Files.isDirectory(tags)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.walk(tags)) {
            List<String> names = files.filter(Files::isRegularFile)
                    .map(file -> tags.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/")).toList();
            return names.stream();
        }
    }

    private static List<String> packedTags(Path common) throws IOException {
        Path packed = common.resolve("packed-refs");
        if (!Files.isRegularFile(packed)) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(packed, StandardCharsets.UTF_8)) {
            return lines.filter(line -> !line.startsWith("#") && !line.startsWith("^"))
                    .map(line -> line.substring(line.indexOf(' ') + 1).strip())
                    .filter(ref -> ref.startsWith(TAGS)).map(ref -> ref.substring(TAGS.length())).toList();
        }
    }
}
