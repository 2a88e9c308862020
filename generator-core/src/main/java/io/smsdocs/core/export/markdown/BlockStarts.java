package io.smsdocs.core.export.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * Every block start the exporters' parser knows, tried in flexmark's own order, but each only on a line whose
 * first character can begin it. flexmark asks each of its block factories about every line that does not begin
 * with a letter (every table row among them), and most of them answer with a regular expression: a matcher made
 * per line per factory, about a tenth of the DOCX export. The factories themselves are flexmark's, made once for
 * the parser's options and shared by every document, so the HTML block patterns (compiled again for each document
 * that holds an HTML comment, and each document holds one) are compiled once too.
 *
 * <p>What a factory is skipped for is only what it cannot start on: an ATX heading needs '#', a block quote
 * '&gt;', a fence '`' or '~', an HTML block '&lt;', a thematic break '*', '-' or '_', a list item a bullet or a
 * digit, an indented code block four columns of indent. MarkdownAstTest parses generated Markdown with this and
 * with flexmark's own factories and compares the trees.
 */
final class BlockStarts extends StandaloneBlockFactory {

    /** The core factories this one stands in for, to be turned off in the parser's options. */
    static final List<com.vladsch.flexmark.util.data.DataKey<Boolean>> REPLACED = List.of(Parser.BLOCK_QUOTE_PARSER,
            Parser.HEADING_PARSER, Parser.FENCED_CODE_BLOCK_PARSER, Parser.HTML_BLOCK_PARSER, Parser.THEMATIC_BREAK_PARSER,
            Parser.LIST_BLOCK_PARSER, Parser.INDENTED_CODE_BLOCK_PARSER);

    private final Object lock = new Object();
    private DataHolder madeFor;
    private Starts made;

    @Override
    public BlockParserFactory apply(DataHolder options) {
        // flexmark asks once per document, always with the parser's own options: the factories are made once.
        synchronized (lock) {
            if (madeFor != options) {
                made = new Starts(options);
                madeFor = options;
            }
            return made;
        }
    }

    /** One candidate: the first characters it can start on, and flexmark's factory. */
    private record Candidate(IntPredicate startsOn, BlockParserFactory factory) {
    }

    private static final class Starts extends AbstractBlockParserFactory {
        private final List<Candidate> candidates;
        private final BlockParserFactory indentedCode;
        private final int codeIndent;

        Starts(DataHolder options) {
            super(options);
            // An HTML block refuses every interruption whatever the factory unless deep parsing is on; with it on,
            // it asks which factory interrupts, which one dispatching factory cannot answer.
            if (Parser.HTML_BLOCK_DEEP_PARSER.get(options)) {
                throw new IllegalStateException("BlockStarts does not support flexmark's deep HTML parser");
            }
            String bullets = Parser.LISTS_ITEM_PREFIX_CHARS.get(options);
            // flexmark's order (DocumentParser's core factories, resolved by their dependencies), ATX headings first
            // as the custom factory they replace came first.
            candidates = List.of(
                    new Candidate(c -> c == '#', new AtxHeadings().apply(options)),
                    new Candidate(c -> c == '>', new BlockQuoteParser.Factory().apply(options)),
                    new Candidate(c -> c == '`' || c == '~', new FencedCodeBlockParser.Factory().apply(options)),
                    new Candidate(c -> c == '<', new HtmlBlockParser.Factory().apply(options)),
                    new Candidate(c -> c == '*' || c == '-' || c == '_', new ThematicBreakParser.Factory().apply(options)),
                    new Candidate(c -> bullets.indexOf(c) >= 0 || c >= '0' && c <= '9', new ListBlockParser.Factory().apply(options)));
            indentedCode = new IndentedCodeBlockParser.Factory().apply(options);
            codeIndent = Parser.CODE_BLOCK_INDENT.get(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            BasedSequence line = state.getLine();
            int at = state.getNextNonSpaceIndex();
            if (at < line.length()) {
                char first = line.charAt(at);
                for (Candidate candidate : candidates) {
                    if (candidate.startsOn().test(first)) {
                        BlockStart start = candidate.factory().tryStart(state, matchedBlockParser);
                        if (start != null) {
                            return start;
                        }
                    }
                }
            }
            return state.getIndent() >= codeIndent ? indentedCode.tryStart(state, matchedBlockParser) : BlockStart.none();
        }
    }
}
