package io.smsdocs.core.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The templates of the docs repo and of the packs that replace a file of a lower layer, each with the copy of
 * that file it started from. {@code sms:export-templates} records the copy beside the override, under
 * {@code .base/} in the same folder ({@code src/sms/templates/.base/documents/sla.md.ftl}), so a later change
 * of the lower layer's file is found by its content, whatever its version number says, and the three versions
 * (old base, new base, override) can be merged deliberately.
 */
public final class OverrideBases {

    /** The folder, inside a layer, that holds the recorded bases; never a template itself. */
    public static final String FOLDER = ".base/";

    /**
     * One override.
     *
     * @param base     the file it replaces now: the same path in the next lower layer that has it
     * @param recorded the copy it started from, or null when none was recorded
     */
    public record Override(TemplateLayer layer, String path, TemplateSourceChain.Source base, byte[] text, byte[] current,
                           byte[] recorded) {

        public String display() {
            return layer.display(path);
        }

        /** Where its base is (or would be) recorded, as the user sees it. */
        public String recordDisplay() {
            return layer.display(FOLDER + path);
        }

        public boolean hasRecord() {
            return recorded != null;
        }

        /** The base has changed since the override was copied from it. */
        public boolean stale() {
            return recorded != null && !Arrays.equals(recorded, current);
        }

        /**
         * An override that includes the built-in file it replaces and adds to it (the usual way to extend a
         * document) receives every change of that file by itself; only a copy can go stale.
         */
        public boolean extendsBase() {
            String own = new String(text, StandardCharsets.UTF_8);
            return own.contains("/" + TemplateSourceChain.BUILT_IN_PREFIX + path)
                    || own.contains("/" + TemplateSourceChain.BUILT_IN_PREFIX + TemplateSourceChain.sharedName(path));
        }

        public String currentText() {
            return new String(current, StandardCharsets.UTF_8);
        }

        public String recordedText() {
            return recorded == null ? null : new String(recorded, StandardCharsets.UTF_8);
        }

        public String ownText() {
            return new String(text, StandardCharsets.UTF_8);
        }
    }

    private final TemplateSourceChain chain;

    public OverrideBases(TemplateSourceChain chain) {
        this.chain = chain;
    }

    /** Every template file of the docs repo and the packs that a lower layer also has, in chain order. */
    public List<Override> all() {
        List<Override> overrides = new ArrayList<>();
        List<TemplateLayer> layers = chain.layers();
        for (int i = 0; i < layers.size(); i++) {
            TemplateLayer layer = layers.get(i);
            if (layer.kind() == TemplateLayer.Kind.BUILT_IN) {
                continue;
            }
            for (String file : layer.files()) {
                if (!file.endsWith(".ftl")) {
                    continue;
                }
                TemplateSourceChain.Source base = baseOf(layers, i, file);
                if (base != null) {
                    overrides.add(new Override(layer, file, base, read(layer, file), read(base.layer(), base.path()),
                            read(layer, FOLDER + file)));
                }
            }
        }
        return overrides;
    }

    /**
     * The name sms:export-templates takes for a template: a document's id ({@code sla} for
     * {@code documents/sla.md.ftl} and its language variants), else the path without .ftl
     * ({@code sections/change-management}, {@code documents/sla.text}).
     */
    public static String exportName(String path) {
        String shared = TemplateSourceChain.sharedName(path);
        if (shared.startsWith(DocumentInventory.DOCUMENTS) && shared.endsWith(DocumentInventory.SUFFIX)) {
            return shared.substring(DocumentInventory.DOCUMENTS.length(), shared.length() - DocumentInventory.SUFFIX.length());
        }
        return shared.replaceFirst("\\.ftl$", "");
    }

    /**
     * The file an override replaces: the same path in the next lower layer that has it, else (for a language
     * variant such as {@code sms-scope.md_de.ftl}) the shared file that layer would serve in its place.
     */
    private static TemplateSourceChain.Source baseOf(List<TemplateLayer> layers, int above, String file) {
        String shared = TemplateSourceChain.sharedName(file);
        for (int j = above + 1; j < layers.size(); j++) {
            for (String path : shared.equals(file) ? List.of(file) : List.of(file, shared)) {
                if (layers.get(j).has(path)) {
                    return new TemplateSourceChain.Source(layers.get(j), path, 0);
                }
            }
        }
        return null;
    }

    /** The file's bytes, or null when the layer lacks it. */
    static byte[] read(TemplateLayer layer, String path) {
        try (InputStream in = layer.open(path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
