package io.smsdocs.core.export.markdown;

import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;

import java.util.Set;

/**
 * A custom block factory that needs no ordering against flexmark's other factories (it is listed before them, as
 * custom factories are) and affects nothing beyond the blocks it starts: what flexmark's dependency resolver asks
 * of every factory, answered once for ours.
 */
abstract class StandaloneBlockFactory implements CustomBlockParserFactory {

    @Override
    public final Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    public final Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    public final boolean affectsGlobalScope() {
        return false;
    }
}
