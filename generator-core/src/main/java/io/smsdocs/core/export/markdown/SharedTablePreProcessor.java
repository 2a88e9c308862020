package io.smsdocs.core.export.markdown;

import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;

import java.util.Set;

/**
 * flexmark's pipe-table pre-processor, made once for every document instead of once per document: making it compiles
 * the regular expression of a table's separator row, a twentieth of the export of a short document (a set of
 * thousands of services exports thousands of them). It keeps nothing of a document between calls (its options and
 * that expression only), so one serves all documents and threads; each is parsed with the same options, those of
 * {@link MarkdownAst}. It stands in for the tables extension's own factory and answers its ordering questions as that
 * factory does.
 */
final class SharedTablePreProcessor implements ParagraphPreProcessorFactory {

    private final ParagraphPreProcessorFactory tables = TableParagraphPreProcessor.Factory();
    private volatile ParagraphPreProcessor shared;

    @Override
    public ParagraphPreProcessor apply(ParserState state) {
        ParagraphPreProcessor made = shared;
        if (made == null) {
            synchronized (this) {
                made = shared;
                if (made == null) {
                    made = tables.apply(state);
                    shared = made;
                }
            }
        }
        return made;
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return tables.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return tables.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return tables.affectsGlobalScope();
    }
}
