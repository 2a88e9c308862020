package io.smsdocs.core.history;

import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.problem.SourceLocation;
import io.smsdocs.core.problem.Suggestions;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The git repository a docs repo lives in, read with JGit (no git executable needed): its approved releases
 * (annotated tags matching a pattern), what a tag or commit name means, and the files of a folder as they were at
 * a commit. A folder outside any repository has no releases, and everything works as without git.
 */
public final class GitRepository implements AutoCloseable {

    /** The default pattern of release tags: sms-v2026.1, sms-v2. */
    public static final String DEFAULT_PATTERN = "sms-v*";

    private final Repository repository;

    private GitRepository(Repository repository) {
        this.repository = repository;
    }

    /** The repository that contains this folder, or empty when it is in none. */
    public static Optional<GitRepository> find(Path folder) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(folder.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try {
            Repository repository = builder.setMustExist(true).build();
            return repository.isBare() ? Optional.empty() : Optional.of(new GitRepository(repository));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public Path workTree() {
        return repository.getWorkTree().toPath().toAbsolutePath().normalize();
    }

    /** The approved releases, oldest first: annotated tags matching the glob pattern (lightweight tags are not approvals). */
    public List<Release> releases(String pattern) {
        Pattern glob = ReleaseTagFiles.glob(pattern);
        List<Release> releases = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                String name = ref.getName().substring(Constants.R_TAGS.length());
                if (!glob.matcher(name).matches()) {
                    continue;
                }
                RevObject object = walk.parseAny(ref.getObjectId());
                if (object instanceof RevTag tag) {
                    releases.add(release(walk, tag));
                }
            }
        } catch (MissingObjectException e) {
            throw shallow(e.getObjectId().name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        releases.sort(Comparator.comparing(Release::approvedAt).thenComparing(Release::tag));
        return List.copyOf(releases);
    }

    private Release release(RevWalk walk, RevTag tag) throws IOException {
        RevObject target = walk.peel(tag);
        if (!(target instanceof RevCommit commit)) {
            throw new IOException("tag " + tag.getTagName() + " does not point at a commit");
        }
        PersonIdent tagger = tag.getTaggerIdent();
        return new Release(tag.getTagName(), commit.name(), tagger == null ? "" : tagger.getName(),
                tagger == null ? "" : tagger.getEmailAddress(), tagger == null ? commit.getAuthorIdent().getWhenAsInstant()
                : tagger.getWhenAsInstant(), tag.getFullMessage().strip());
    }

    /** The commit a tag, branch or commit name means; an unknown name is a located error naming the releases there are. */
    public String commitOf(String name, String setting, List<Release> releases) {
        try {
            ObjectId id = repository.resolve(name + "^{commit}");
            if (id != null) {
                return id.name();
            }
        } catch (IOException | RuntimeException e) {
            // an unparsable revision: reported below like an unknown one
        }
        List<String> tags = releases.stream().map(Release::tag).toList();
        throw new SmsException(Problem.error(SourceLocation.of(setting), "'" + name + "' names no tag or commit of the repository "
                + workTree(), Suggestions.didYouMean(name, tags, tags.isEmpty() ? "the repository has no approved release yet (an annotated"
                + " tag such as sms-v1); in a shallow clone (CI), fetch the tags and history first (git fetch --tags --unshallow)"
                : "the approved releases are " + String.join(", ", tags))));
    }

    /** A commit that is no approved release, as a point to compare: its committer and time stand in for approver and day. */
    public Release commitAsRelease(String name, String commit) {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit revCommit = walk.parseCommit(ObjectId.fromString(commit));
            PersonIdent committer = revCommit.getCommitterIdent();
            return new Release(name, commit, committer.getName(), committer.getEmailAddress(), committer.getWhenAsInstant(),
                    revCommit.getFullMessage().strip());
        } catch (MissingObjectException e) {
            throw shallow(commit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Who works in this clone (git config user.name), for changes of the working copy; "working copy" when unset. */
    public String userName() {
        return user().map(PersonIdent::getName).orElse("working copy");
    }

    /** The person git would record as tagger: user.name and user.email of this clone's configuration; empty when no name is set. */
    public Optional<PersonIdent> user() {
        String name = repository.getConfig().getString("user", null, "name");
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String email = repository.getConfig().getString("user", null, "email");
        return Optional.of(new PersonIdent(name, email == null ? "" : email));
    }

    /**
     * What keeps the work tree from being exactly its last commit: changed, added, removed, missing and untracked
     * (not ignored) files, as "modified: src/sms/sms.yaml", in path order.
     */
    public List<String> uncommittedChanges() {
        try {
            Status status = Git.wrap(repository).status().call();
            java.util.TreeMap<String, String> changes = new java.util.TreeMap<>();
            status.getAdded().forEach(path -> changes.put(path, "added"));
            status.getChanged().forEach(path -> changes.put(path, "modified"));
            status.getModified().forEach(path -> changes.put(path, "modified"));
            status.getRemoved().forEach(path -> changes.put(path, "deleted"));
            status.getMissing().forEach(path -> changes.put(path, "deleted"));
            status.getUntracked().forEach(path -> changes.put(path, "untracked"));
            status.getConflicting().forEach(path -> changes.put(path, "conflicting"));
            List<String> lines = new ArrayList<>();
            changes.forEach((path, what) -> lines.add(what + ": " + path));
            return lines;
        } catch (GitAPIException e) {
            throw new IllegalStateException("cannot read the status of " + workTree() + ": " + e.getMessage(), e);
        }
    }

    /** Whether a tag of this name exists, annotated or not. */
    public boolean hasTag(String name) {
        try {
            return repository.exactRef(Constants.R_TAGS + name) != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes an annotated tag on a commit: an approved release, with the tagger and time given (seconds, UTC). */
    public void tag(String name, String commit, String message, PersonIdent tagger, java.time.Instant at) {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit target = walk.parseCommit(ObjectId.fromString(commit));
            Git.wrap(repository).tag().setName(name).setObjectId(target).setAnnotated(true).setMessage(message)
                    .setTagger(new PersonIdent(tagger.getName(), tagger.getEmailAddress(), at, java.time.ZoneOffset.UTC)).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException("cannot write tag " + name + ": " + e.getMessage(), e);
        }
    }

    /** The current commit, or null in a repository without one. */
    public String head() {
        try {
            ObjectId id = repository.resolve(Constants.HEAD);
            return id == null ? null : id.name();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the files of a folder of the repository (relative to its work tree, "" for all) as they were at a
     * commit into target, keeping their relative paths. Returns whether the folder existed at that commit.
     */
    public boolean checkout(String commit, String folder, Path target) {
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            RevCommit revCommit = walk.parseCommit(ObjectId.fromString(commit));
            tree.addTree(revCommit.getTree());
            tree.setRecursive(true);
            if (!folder.isEmpty()) {
                tree.setFilter(PathFilter.create(folder));
            }
            boolean any = false;
            Path root = target.toAbsolutePath().normalize();
            while (tree.next()) {
                Path file = root.resolve(tree.getPathString()).normalize();
                if (!file.startsWith(root) || tree.getFileMode(0).getObjectType() != Constants.OBJ_BLOB) {
                    continue;
                }
                ObjectLoader loader = repository.open(tree.getObjectId(0));
                Files.createDirectories(file.getParent());
                Files.write(file, loader.getBytes());
                any = true;
            }
            return any;
        } catch (MissingObjectException e) {
            throw shallow(commit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path inside the work tree as git names it ("src/sms"), "" for the work tree itself. */
    public String relative(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(workTree()) ? workTree().relativize(absolute).toString().replace('\\', '/') : null;
    }

    private SmsException shallow(String commit) {
        return new SmsException(Problem.error(SourceLocation.of(workTree().toString()), "commit " + commit
                + " is not in this clone of the repository", "a shallow clone (CI) lacks the history of older releases:"
                + " fetch it (git fetch --tags --unshallow, or fetch-depth: 0 in the CI checkout)"));
    }

    /** The release pattern (a glob such as sms-v*) as the regular expression tags are matched with. */
    public Pattern releasePattern(String pattern) {
        return ReleaseTagFiles.glob(pattern);
    }

    @Override
    public void close() {
        repository.close();
    }
}
