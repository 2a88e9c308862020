package io.smsdocs.core.export.clauseindex;

import io.smsdocs.core.export.ExportContext;
import io.smsdocs.core.export.docx.DocxWriter;
import io.smsdocs.core.export.docx.Paper;

import java.util.List;
import java.util.function.Function;

/**
 * The clause index as a Word document, for the auditor who works through it on paper: written as Markdown and laid out
 * by the set's own DOCX writer, so it has the set's styles (a house style too), its header and footer, tables in the
 * table style SmsTable with a header row repeated on every page, and each clause's heading kept with its table.
 * One heading per clause, levels by depth (8, 8.6, 8.6.1), a table of the documents that address it and one of the
 * records that evidence it; a clause no document addresses says so in bold.
 */
public final class ClauseIndexDocx {

    private ClauseIndexDocx() {
    }

    /**
     * @param link where a document of the set is, relative to the index (null: no link), by document id
     */
    public static byte[] write(ClauseIndex index, ExportContext context, Function<String, String> link) {
        ClauseIndexLabels labels = new ClauseIndexLabels(context.messages(), index.language());
        String tag = index.release() == null ? "" : index.release().tag();
        Paper paper = new Paper(labels.get("clauseIndex.reference", tag).strip(), labels.get("clauseIndex.title") + ": " + index.standard(),
                labels.get("statusApproved"), tag, index.release() == null ? null : index.release().date(),
                context.descriptor().sms().documentControl().classification());
        return DocxWriter.writePaper(markdown(index, labels, link), paper, context);
    }

    static String markdown(ClauseIndex index, ClauseIndexLabels labels, Function<String, String> link) {
        StringBuilder out = new StringBuilder("# ").append(cell(labels.get("clauseIndex.title"))).append(": ").append(index.standard()).append("\n\n");
        ClauseIndex.Release release = index.release();
        out.append(release == null ? labels.get("clauseIndex.introUnreleased", index.standard())
                : labels.get("clauseIndex.intro", index.standard(), release.tag())).append("\n\n");
        out.append("| ").append(labels.get("clauseIndex.organization")).append(" | ").append(cell(index.organization())).append(" |\n|---|---|\n");
        if (release != null) {
            row(out, labels.get("clauseIndex.release"), release.tag());
            row(out, labels.get("clauseIndex.approvedBy"), release.approver());
            row(out, labels.get("clauseIndex.approvedOn"), labels.date(release.date()));
            row(out, labels.get("clauseIndex.note"), release.note());
        }
        row(out, labels.get("clauseIndex.standard"), index.standard());
        out.append('\n');
        List<ClauseIndex.Entry> uncovered = index.uncovered();
        out.append("**").append(uncovered.isEmpty() ? labels.get("clauseIndex.allCovered") : labels.get("clauseIndex.uncovered",
                String.join(", ", uncovered.stream().map(e -> e.number() + " " + e.title()).toList()))).append("**\n\n");
        for (ClauseIndex.Entry entry : index.clauses()) {
            out.append("#".repeat(2 + Math.min(entry.depth(), 2))).append(' ').append(entry.number()).append(' ').append(entry.title()).append("\n\n");
            if (entry.documents().isEmpty()) {
                out.append("**").append(labels.get("clauseIndex.noDocument")).append("**\n\n");
            } else {
                out.append("| ").append(labels.get("clauseIndex.document")).append(" | ").append(labels.get("clauseIndex.sections")).append(" | ")
                        .append(labels.get("clauseIndex.version")).append(" | ").append(labels.get("clauseIndex.approvedOn")).append(" | ")
                        .append(labels.get("clauseIndex.approvedBy")).append(" |\n|---|---|---|---|---|\n");
                for (ClauseIndex.Addressing document : entry.documents()) {
                    String target = link == null ? null : link.apply(document.id());
                    String title = cell(document.title());
                    out.append("| ").append(target == null ? title : "[" + title + "](" + target + ")").append(" (").append(cell(document.reference()))
                            .append(") | ").append(cell(document.sections().isEmpty() ? labels.get("clauseIndex.wholeDocument")
                                    : String.join("; ", document.sections()))).append(" | ").append(cell(document.version())).append(" | ")
                            .append(document.draft() ? labels.get("clauseIndex.draft") : labels.date(document.approvedOn())).append(" | ")
                            .append(cell(document.approvedBy())).append(" |\n");
                }
                out.append('\n');
            }
            if (!entry.records().isEmpty()) {
                out.append(labels.get("clauseIndex.records")).append("\n\n| ").append(labels.get("clauseIndex.record")).append(" | ")
                        .append(labels.get("clauseIndex.where")).append(" | ").append(labels.get("clauseIndex.owner")).append(" | ")
                        .append(labels.get("clauseIndex.retention")).append(" |\n|---|---|---|---|\n");
                for (ClauseIndex.Evidence record : entry.records()) {
                    out.append("| ").append(cell(recordName(record, labels))).append(" | ").append(cell(record.where())).append(" | ")
                            .append(cell(record.owner())).append(" | ").append(cell(record.retention() == null ? "—" : record.retention())).append(" |\n");
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    static String recordName(ClauseIndex.Evidence record, ClauseIndexLabels labels) {
        return record.form() == null ? record.record() : labels.get("clauseIndex.fromForm", record.record(), record.form());
    }

    private static void row(StringBuilder out, String label, String value) {
        out.append("| ").append(label).append(" | ").append(cell(value)).append(" |\n");
    }

    /** Text for a table cell: a bar would end the cell, a line break the row. */
    private static String cell(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace("|", "\\|").replace('\n', ' ');
    }
}
