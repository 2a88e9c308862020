package io.smsdocs.core.consistency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in one rendered document, every sentence or table row that names who owns or who approves the
 * document itself ("The Change Manager owns this policy", "| Managing Director | … | Approves this policy. … |",
 * "A new version takes effect when approved by the …"), and the owner and approver its document-control block
 * names. The patterns are anchored on the document as subject ("this policy", "the plan", "the revised plan"),
 * in English and in German, and capture the role by its exact title, so a sentence that names another role
 * is found and reported rather than skipped.
 */
final class ControlStatements {

    /** Who a statement says owns or approves the document. */
    enum Field { OWNER, APPROVER }

    /** One statement: the field it states, the role title it names, and its text. */
    record Statement(Field field, String role, String text) {
    }

    /** The templates of the statements: ROLE is replaced by the titles of the set's roles, ORG by its name. */
    private static final List<String[]> ENGLISH = List.of(
            new String[] {"OWNER", "^\\| (ROLE) \\| [^|]* \\| .*?\\bOwns (?:this (?:policy|procedure|plan|register|catalogue)|the plan)\\b"},
            new String[] {"OWNER", "(?:^|\\. |; )(?:The )?(ROLE)(?: \\([^)]*\\))? owns (?:the plan|this (?:policy|procedure|plan|register|catalogue|agreement|statement))\\b"},
            new String[] {"OWNER", "\\bThe (ROLE) reviews this (?:policy|plan|statement)\\b"},
            new String[] {"OWNER", "^\\| Owns the catalogue; issues new versions \\| (ROLE)"},
            new String[] {"APPROVER", "^\\| (ROLE) \\| [^|]* \\| .*?\\b(?:Approves this (?:policy|plan|procedure|register)|approves the plan)\\b"},
            new String[] {"APPROVER", "\\b(?:Changes to the (?:policy|scope) are|This policy is|The reviewed (?:policy|plan) is|It is|Changes are|"
                    + "The new version is|The register as a whole is) approved by the (ROLE)\\b"},
            new String[] {"APPROVER", "\\btakes effect when approved by the (ROLE)\\b"},
            new String[] {"APPROVER", "\\bApproved on behalf of ORG by the (ROLE)\\b"},
            new String[] {"APPROVER", "\\bthe (ROLE) approves it\\."},
            new String[] {"APPROVER", "\\bThe (ROLE) approves the (?:revised plan|programme and each yearly schedule)\\b"},
            new String[] {"APPROVER", "^\\| Approves each new version \\| (ROLE)"},
            new String[] {"APPROVER", "\\| Service provider \\| (ROLE)(?: \\([^)]*\\))?, who signs this agreement"},
            new String[] {"APPROVER", "^\\| ORG \\| [^|]* \\| (ROLE) \\| \\| \\|$"},
            new String[] {"APPROVER", "^\\| (ROLE)(?: \\([^)]*\\))? \\| (?:Top management of )?ORG \\| "});

    private static final List<String[]> GERMAN = List.of(
            new String[] {"OWNER", "^\\| (ROLE) \\| [^|]* \\| .*?\\b(?:Verantwortet (?:diese|diesen|dieses) (?:Richtlinie|Politik|Plan|Verfahren|Verzeichnis)"
                    + "|Verantwortlich für (?:dieses|diesen|diese) (?:Verfahren|Plan|Richtlinie)|Verantwortet den Plan)\\b"},
            new String[] {"OWNER", "\\bDer (ROLE)(?: \\([^)]*\\))? ist für (?:diesen|dieses|diese) (?:Katalog|Verzeichnis|Vereinbarung|Plan|Politik|Richtlinie) verantwortlich\\b"},
            new String[] {"OWNER", "\\bVerantwortlich für den Plan ist der (ROLE)\\b"},
            new String[] {"OWNER", "\\bDer (ROLE) überprüft (?:diese|diesen) (?:Richtlinie|Politik|Plan|Erklärung)\\b"},
            new String[] {"OWNER", "^\\| Verantwortet den Katalog; gibt neue Versionen heraus \\| (ROLE)"},
            new String[] {"APPROVER", "^\\| (ROLE) \\| [^|]* \\| .*?\\b(?:Genehmigt (?:diese|diesen|dieses) (?:Richtlinie|Politik|Plan|Verfahren|Verzeichnis)|genehmigt den Plan)\\b"},
            new String[] {"APPROVER", "\\bfreigegeben wird er durch den (ROLE)\\b"},
            new String[] {"APPROVER", "\\bDer (ROLE) gibt den überarbeiteten Plan frei\\b"},
            new String[] {"APPROVER", "\\b(?:Änderungen an der Richtlinie|Änderungen des\\s+Anwendungsbereichs|Änderungen|Diese Politik|Die überprüfte Richtlinie|Er"
                    + "|Das\\s+Verzeichnis als Ganzes|Die neue Version) (?:werden|wird) (?:durch den|vom) (ROLE) (?:genehmigt|freigegeben)\\b"},
            new String[] {"APPROVER", "\\bGenehmigung durch den (ROLE) in Kraft\\b"},
            new String[] {"APPROVER", "\\bGenehmigt im Namen von ORG durch den (ROLE)\\b"},
            new String[] {"APPROVER", "\\bDer (ROLE) genehmigt das Programm\\b"},
            new String[] {"APPROVER", "^\\| Gibt jede neue Version frei \\| (ROLE)"},
            new String[] {"APPROVER", "\\| Dienstleister \\| (ROLE)(?: \\([^)]*\\))?, der diese Vereinbarung unterzeichnet"},
            new String[] {"APPROVER", "^\\| ORG \\| [^|]* \\| (ROLE) \\| \\| \\|$"},
            new String[] {"APPROVER", "^\\| (ROLE)(?: \\([^)]*\\))? \\| (?:Oberste Leitung von )?ORG \\| "});

    private final List<String> titles;
    private final List<Pattern[]> patterns = new ArrayList<>();
    private final List<Field> fields = new ArrayList<>();
    private final Pattern headerOwner;
    private final Pattern headerApprover;

    /**
     * @param titles       the titles of the set's roles
     * @param organization the organisation's name
     */
    ControlStatements(List<String> titles, String organization, boolean german) {
        this.titles = titles.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        String role = String.join("|", this.titles.stream().map(Pattern::quote).toList());
        for (String[] template : german ? GERMAN : ENGLISH) {
            fields.add(Field.valueOf(template[0]));
            patterns.add(new Pattern[] {Pattern.compile(template[1].replace("ROLE", role).replace("ORG", Pattern.quote(organization)))});
        }
        headerOwner = Pattern.compile("^\\| " + (german ? "Verantwortlich" : "Owner") + " \\| (.+) \\|$");
        headerApprover = Pattern.compile("^\\| " + (german ? "Freigabe durch" : "Approver") + " \\| (.+) \\|$");
    }

    /** The role title the document-control block names for a field, read before the end of the front matter. */
    Optional<String> header(String markdown, Field field) {
        Pattern pattern = field == Field.OWNER ? headerOwner : headerApprover;
        for (String line : markdown.substring(0, frontMatterEnd(markdown)).split("\n")) {
            Matcher matcher = pattern.matcher(line.strip());
            if (matcher.matches()) {
                return titles.stream().filter(t -> matcher.group(1).equals(t) || matcher.group(1).startsWith(t + " (")).findFirst();
            }
        }
        return Optional.empty();
    }

    /** Every statement in the body about the document's own owner or approver. */
    List<Statement> statements(String markdown) {
        List<Statement> found = new ArrayList<>();
        for (String statement : RenderedSet.statements(markdown.substring(frontMatterEnd(markdown)))) {
            for (int i = 0; i < patterns.size(); i++) {
                Matcher matcher = patterns.get(i)[0].matcher(statement);
                while (matcher.find()) {
                    found.add(new Statement(fields.get(i), matcher.group(1), statement));
                }
            }
        }
        return found;
    }

    private static int frontMatterEnd(String markdown) {
        int end = markdown.indexOf("<!-- smsdocs:end-of-front-matter -->");
        return end < 0 ? 0 : end;
    }
}
