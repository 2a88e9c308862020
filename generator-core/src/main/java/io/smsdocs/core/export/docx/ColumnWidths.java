package io.smsdocs.core.export.docx;

import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The widths of a table's columns, from their text as the table's font sets it. Every column first gets
 * room for the widest word of its header (set in bold): header words never break where the page can hold
 * them. Then, where the page can hold every word of every cell, each column gets room for its widest word
 * ("Priorit/y" does not happen) and the rest of the width goes to the columns in proportion to the text they
 * hold beyond that, none wider than its longest text needs, as a browser's automatic table layout does.
 * Where it cannot (long German compounds in many columns), the room after the header words goes, step by
 * step, where it makes the table shortest, a broken word counting as four lines, so the column with the most
 * text gets the most room and a column of short words keeps them whole where that is worth it. Where even the
 * header words do not fit, they compete with the others the same way. The widths
 * add up to the width of the table, and the same cells give the same widths.
 */
final class ColumnWidths {

    /** Room for rounding and for a word processor that sets the text a little wider than its advance widths. */
    private static final int SLACK_PERCENT = 1;
    private static final int SLACK_TWIPS = 20;
    /** A column to write in (empty under its header, as in a form) wants room for this many characters... */
    private static final int WRITE_IN_DESIRED_CHARS = 40;
    /** ...and gets at least this many, however long the labels beside it. */
    private static final int WRITE_IN_MINIMUM_CHARS = 12;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz";
    /** Where even the header words do not fit, no column is narrower than this many characters to begin with. */
    private static final int FEW_CHARACTERS = 5;
    /** The room left after the header words is handed out in steps of this part of the width, or multiples. */
    private static final int STEPS = 64;
    private static final int[] STEP_MULTIPLES = {1, 2, 4, 8};
    /** ...and steps to the next few widths at which a cell's words are whole (a quarter step at least). */
    private static final int NEAREST_WHOLE_WORDS = 8;

    /**
     * What a column asks for, in twips.
     *
     * @param header  room for the widest word of its header
     * @param minimum room for its widest word (at least header)
     * @param desired room for its longest text on one line, or the whole width if that is less (at least minimum)
     * @param weight  how much text it holds beyond its minimum: its share of the room left over
     */
    record Demand(long header, long minimum, long desired, long weight) {
    }

    /** The table's text, measured once: the width of each word of each cell, in twips. */
    private record Cells(int[][][] words, long[][] oneLine, int space, TableFont font) {

        static Cells measure(List<List<String>> rows, int headerRows, int columns, TableFont font) {
            int[][][] words = new int[rows.size()][columns][];
            long[][] oneLine = new long[rows.size()][columns];
            int space = font.widths().twips(" ", false, font.halfPoints());
            for (int r = 0; r < rows.size(); r++) {
                boolean bold = r < headerRows || font.text().bold();
                for (int c = 0; c < columns; c++) {
                    String text = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                    words[r][c] = font.widths().pieces(text, bold, font.halfPoints());
                    for (int i = 0; i < words[r][c].length; i++) {
                        oneLine[r][c] += Math.abs(words[r][c][i]) + (i > 0 && words[r][c][i] >= 0 ? space : 0);
                    }
                }
            }
            return new Cells(words, oneLine, space, font);
        }

        /** The widths of the column at which a cell's widest word fits, lowest first. */
        long[] wholeWords(int column) {
            return Arrays.stream(words).mapToLong(row -> needed(Arrays.stream(row[column]).map(Math::abs).max().orElse(0), font))
                    .distinct().sorted().toArray();
        }

        /**
         * The lines a cell takes in a column of this width and the words that break in it, as
         * lines × {@link #LINE} + words. A piece of a word after a hyphen (negative) follows without a space.
         */
        int score(int row, int column, long width) {
            long available = Math.max(1, (width - font.cellMargins() - SLACK_TWIPS) * 100 / (100 + SLACK_PERCENT));
            if (oneLine[row][column] <= available) {
                return LINE; // the usual case, measured once
            }
            int lines = 1;
            int broken = 0;
            long used = -1;
            for (int piece : words[row][column]) {
                int word = Math.abs(piece);
                int gap = piece < 0 ? 0 : space;
                if (used >= 0 && used + gap + word <= available) {
                    used += gap + word;
                    continue;
                }
                lines += used >= 0 ? 1 : 0;
                if (word > available) {
                    broken++;
                    lines += (int) ((word - 1) / available);
                    used = word % available == 0 ? available : word % available;
                } else {
                    used = word;
                }
            }
            return lines * LINE + Math.min(broken, LINE - 1);
        }
    }

    /** A cell's score counts its lines in this unit and its broken words in ones. */
    private static final int LINE = 1024;

    private ColumnWidths() {
    }

    /**
     * @param rows       the plain text of each cell, row by row; a row may have fewer cells than the table has columns
     * @param headerRows how many of the rows are header rows (set in bold)
     * @param total      the width of the table, in twips
     * @return the width of each column, in twips, adding up to total
     */
    static int[] of(List<List<String>> rows, int headerRows, int columns, TableFont font, int total) {
        Demand[] demands = demands(rows, headerRows, columns, font, total);
        long[] header = Arrays.stream(demands).mapToLong(Demand::header).toArray();
        long[] widths;
        if (Arrays.stream(header).sum() > total) {
            // Even the header words do not fit (nine German columns): every word competes, the header's too,
            // from a floor of a few characters per column.
            long few = needed(FEW_CHARACTERS * font.widths().twips(ALPHABET, false, font.halfPoints()) / ALPHABET.length(), font);
            long[] floor = Arrays.stream(header).map(h -> Math.min(h, few)).toArray();
            widths = Arrays.stream(floor).sum() > total ? capped(new long[columns], header, total)
                    : shortest(Cells.measure(rows, headerRows, columns, font), demands, floor, total);
        } else if (Arrays.stream(demands).mapToLong(Demand::minimum).sum() > total) {
            widths = shortest(Cells.measure(rows, headerRows, columns, font), demands, header, total);
        } else {
            widths = shared(demands, total);
        }
        int[] result = new int[columns];
        int used = 0;
        for (int c = 0; c < columns; c++) {
            result[c] = (int) widths[c];
            used += result[c];
        }
        result[columns - 1] += total - used; // what rounding down left over
        return result;
    }

    static Demand[] demands(List<List<String>> rows, int headerRows, int columns, TableFont font, int total) {
        boolean[] writeIn = writeIn(rows, headerRows, columns);
        TextWidths widths = font.widths();
        int size = font.halfPoints();
        long[] header = new long[columns];
        long[] minimum = new long[columns];
        long[] desired = new long[columns];
        long[][] text = new long[rows.size()][columns];
        for (int r = 0; r < rows.size(); r++) {
            boolean bold = r < headerRows || font.text().bold();
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size() && c < columns; c++) {
                long word = needed(widths.widestWord(cells.get(c), bold, size), font);
                minimum[c] = Math.max(minimum[c], word);
                header[c] = r < headerRows ? Math.max(header[c], word) : header[c];
                text[r][c] = needed(widths.twips(cells.get(c), bold, size), font);
                desired[c] = Math.max(desired[c], text[r][c]);
            }
        }
        int averageCharacter = widths.twips(ALPHABET, false, size) / ALPHABET.length();
        int bodyRows = rows.size() - headerRows;
        Demand[] demands = new Demand[columns];
        for (int c = 0; c < columns; c++) {
            if (writeIn[c]) {
                minimum[c] = Math.max(minimum[c], needed(WRITE_IN_MINIMUM_CHARS * averageCharacter, font));
                desired[c] = Math.max(desired[c], needed(WRITE_IN_DESIRED_CHARS * averageCharacter, font));
            }
            header[c] = Math.max(header[c], needed(0, font));
            minimum[c] = Math.max(minimum[c], header[c]);
            // A text longer than the whole width wraps in any case: it asks for no more than the width.
            desired[c] = Math.max(minimum[c], Math.min(desired[c], total));
            long weight = 0;
            for (long[] row : text) {
                weight += Math.max(0, Math.min(row[c], total) - minimum[c]);
            }
            // A column to write in holds, as far as its share goes, a line of handwriting in every blank row.
            demands[c] = new Demand(header[c], minimum[c], desired[c], writeIn[c] ? weight + bodyRows * (desired[c] - minimum[c]) : weight);
        }
        return demands;
    }

    /** The width of a column that holds a text of this width on one line. */
    private static long needed(long textTwips, TableFont font) {
        return textTwips * (100 + SLACK_PERCENT) / 100 + font.cellMargins() + SLACK_TWIPS;
    }

    /**
     * Each column gets at least its floor and at most its ceiling, and between them as much as a cap common to
     * all columns allows: the largest cap with which the columns still fit the width.
     */
    private static long[] capped(long[] floor, long[] ceiling, int total) {
        long low = 0;
        long high = Arrays.stream(ceiling).max().orElse(0);
        while (low < high) {
            long cap = (low + high + 1) / 2;
            long sum = 0;
            for (int c = 0; c < floor.length; c++) {
                sum += Math.max(floor[c], Math.min(ceiling[c], cap));
            }
            if (sum <= total) {
                low = cap;
            } else {
                high = cap - 1;
            }
        }
        long[] widths = new long[floor.length];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Math.max(floor[c], Math.min(ceiling[c], low));
        }
        return widths;
    }

    /**
     * Where not every word fits: from the floor (the header words' room, or an empty column where even those
     * do not fit), each step goes to the column where it lowers the table's score most per twip (the lines of
     * its rows, a broken word counting as {@link #BROKEN_WORD} lines). When no step lowers it, the rest goes to
     * the columns by the weight of their text.
     */
    private static long[] shortest(Cells cells, Demand[] demands, long[] floor, int total) {
        int columns = demands.length;
        int rows = cells.words().length;
        long[] widths = floor.clone();
        int[][] scores = new int[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                scores[r][c] = cells.score(r, c, widths[c]);
            }
        }
        long room = total - Arrays.stream(widths).sum();
        long step = Math.max(1, total / STEPS);
        long[][] wholeWords = new long[columns][];
        for (int c = 0; c < columns; c++) {
            wholeWords[c] = cells.wholeWords(c);
        }
        while (room > 0) {
            int bestColumn = -1;
            long bestStep = 0;
            long bestGain = 0;
            for (int c = 0; c < columns; c++) {
                // Steps of a part of the width, and steps to the nearest widths that make a cell's words whole.
                SortedSet<Long> candidates = new TreeSet<>();
                for (int multiple : STEP_MULTIPLES) {
                    candidates.add(Math.min(step * multiple, room));
                }
                int nearest = 0;
                for (long whole : wholeWords[c]) {
                    if (whole > widths[c] && whole - widths[c] <= room && nearest++ < NEAREST_WHOLE_WORDS) {
                        candidates.add(Math.min(room, Math.max(whole - widths[c], step / STEP_MULTIPLES.length)));
                    }
                }
                for (long width : candidates) {
                    long gain = gain(cells, scores, c, widths[c] + width);
                    // More gain per twip wins; on a tie, the smaller step, then the earlier column.
                    if (gain > 0 && (bestColumn < 0 || gain * bestStep > bestGain * width)) {
                        bestColumn = c;
                        bestStep = width;
                        bestGain = gain;
                    }
                }
            }
            if (bestColumn < 0) {
                break;
            }
            widths[bestColumn] += bestStep;
            room -= bestStep;
            for (int r = 0; r < rows; r++) {
                scores[r][bestColumn] = cells.score(r, bestColumn, widths[bestColumn]);
            }
        }
        long weight = Arrays.stream(demands).mapToLong(d -> d.weight() + 1).sum();
        long left = room;
        for (int c = 0; c < columns; c++) {
            widths[c] += left * (demands[c].weight() + 1) / weight;
        }
        return widths;
    }

    /** How much a column of the new width lowers the score of the table: the sum over rows of the row's score. */
    private static long gain(Cells cells, int[][] scores, int column, long width) {
        long gain = 0;
        for (int r = 0; r < scores.length; r++) {
            int score = cells.score(r, column, width);
            if (score != scores[r][column]) {
                gain += rowScore(scores[r], -1, 0) - rowScore(scores[r], column, score);
            }
        }
        return gain;
    }

    /**
     * What a broken word costs, in lines: a reader stumbles over "Managem/ent" more than over a longer table, but
     * a table many pages longer to keep every word whole is not better either.
     */
    private static final int BROKEN_WORD = 4;

    /**
     * A row's score, in lines: the lines of its tallest cell plus its broken words, each as {@link #BROKEN_WORD}
     * lines, counted once for every column; and the lines of all its cells once, so that of two cells equally tall
     * either one getting shorter counts too.
     */
    private static int rowScore(int[] cellScores, int replaced, int replacement) {
        int tallest = 0;
        int lines = 0;
        int broken = 0;
        for (int c = 0; c < cellScores.length; c++) {
            int score = c == replaced ? replacement : cellScores[c];
            tallest = Math.max(tallest, score / LINE);
            lines += score / LINE;
            broken += score % LINE;
        }
        return cellScores.length * (tallest + BROKEN_WORD * broken) + lines;
    }

    /**
     * Every column has its minimum; the room left over goes to the columns by the weight of their text, but no
     * column beyond the width its longest text needs: what it would get beyond that goes to the others. When
     * every text fits on one line, the room left over goes to the columns in proportion to their width.
     */
    private static long[] shared(Demand[] demands, int total) {
        int columns = demands.length;
        long[] widths = Arrays.stream(demands).mapToLong(Demand::minimum).toArray();
        long sumDesired = Arrays.stream(demands).mapToLong(Demand::desired).sum();
        if (sumDesired <= total) {
            for (int c = 0; c < columns; c++) {
                widths[c] = demands[c].desired() * total / sumDesired;
            }
            return widths;
        }
        boolean[] full = new boolean[columns];
        long room = total - Arrays.stream(widths).sum();
        while (room > 0) {
            long weight = 0;
            for (int c = 0; c < columns; c++) {
                weight += full[c] ? 0 : Math.max(demands[c].weight(), 1);
            }
            if (weight == 0) {
                break;
            }
            boolean filled = false;
            for (int c = 0; c < columns; c++) {
                if (!full[c] && widths[c] + room * Math.max(demands[c].weight(), 1) / weight >= demands[c].desired()) {
                    full[c] = true; // it gets all it asks for; the others share the rest
                    filled = true;
                }
            }
            if (!filled) {
                for (int c = 0; c < columns; c++) {
                    widths[c] += full[c] ? 0 : room * Math.max(demands[c].weight(), 1) / weight;
                }
                break;
            }
            for (int c = 0; c < columns; c++) {
                if (full[c] && widths[c] < demands[c].desired()) {
                    room -= demands[c].desired() - widths[c];
                    widths[c] = demands[c].desired();
                }
            }
        }
        return widths;
    }

    /**
     * The columns a reader writes in: at least half of the body cells are empty, as in the entry column of a
     * form (whose few filled cells offer tick boxes) or the columns of its blank grid rows.
     */
    static boolean[] writeIn(List<List<String>> rows, int headerRows, int columns) {
        int bodyRows = rows.size() - headerRows;
        int[] empty = new int[columns];
        for (int r = headerRows; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            for (int c = 0; c < columns; c++) {
                if (c >= cells.size() || cells.get(c).isBlank()) {
                    empty[c]++;
                }
            }
        }
        boolean[] writeIn = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            writeIn[c] = bodyRows > 0 && empty[c] * 2 >= bodyRows;
        }
        return writeIn;
    }
}
