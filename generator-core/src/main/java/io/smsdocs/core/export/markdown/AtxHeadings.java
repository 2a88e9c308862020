package io.smsdocs.core.export.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ATX headings only ({@code ## Title}), replacing flexmark's heading parser. That parser also looks for
 * setext underlines and, to do so, rebuilds the whole paragraph so far on every line, which makes a
 * table of thousands of rows quadratic to parse. The templates never write setext headings.
 */
final class AtxHeadings extends StandaloneBlockFactory {

    private static final Pattern ATX = Pattern.compile("^(#{1,6})(?:[ \\t]+|$)");
    private static final Pattern CLOSING = Pattern.compile("[ \\t]+#+[ \\t]*$|^#+[ \\t]*$");

    @Override
    public BlockParserFactory apply(DataHolder options) {
        return new Factory(options);
    }

    private static final class Factory extends AbstractBlockParserFactory {
        Factory(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            BasedSequence line = state.getLine();
            BasedSequence rest = line.subSequence(state.getNextNonSpaceIndex());
            Matcher opening = ATX.matcher(rest);
            if (!opening.find()) {
                return BlockStart.none();
            }
            int level = opening.group(1).length();
            BasedSequence text = rest.subSequence(opening.end()).trimEOL().trim();
            Matcher closing = CLOSING.matcher(text);
            if (closing.find()) {
                text = text.subSequence(0, closing.start()).trim();
            }
            HeadingBlockParser parser = new HeadingBlockParser(level, rest.subSequence(0, level), text,
                    rest.trimEOL());
            return BlockStart.of(parser).atIndex(line.length());
        }
    }

    private static final class HeadingBlockParser extends AbstractBlockParser {
        private final Heading block = new Heading();

        HeadingBlockParser(int level, BasedSequence marker, BasedSequence text, BasedSequence chars) {
            block.setLevel(level);
            block.setOpeningMarker(marker);
            block.setText(text);
            block.setChars(chars);
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            return BlockContinue.none();
        }

        @Override
        public void closeBlock(ParserState state) {
        }

        @Override
        public void parseInlines(InlineParser inlineParser) {
            inlineParser.parse(block.getText(), block);
        }
    }
}
