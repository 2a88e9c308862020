package io.smsdocs.core.history;

import java.time.Instant;

/**
 * One document's approval in a release, as data that cannot silently go stale: who approved it, in which role and
 * with which meaning, when, in which tag and commit, and the SHA-256 of what was approved, so that a later change of
 * the content (or a rebuild that no longer gives the approved bytes) is found.
 *
 * @param document      the document id (sla-cloud-hosting)
 * @param reference     the controlled id printed in it (NORTHWIND-SLA-01)
 * @param version       the version approved
 * @param role          the role whose approval the document needs (its document-control approver)
 * @param approvedBy    the person who recorded the approval: the tagger, "Name &lt;email&gt;"
 * @param meaning       what the approval means
 * @param sourcesSha256 the fingerprint of every input the set was rendered from (descriptor folder, template packs, generator)
 * @param contentSha256 the SHA-256 of the document's rendered content (its Markdown without revision history, as releases
 *                      compare it)
 * @param docxSha256    the SHA-256 of the DOCX issued in the release
 */
public record ApprovalRecord(String document, String reference, String title, String version, String role, String approvedBy,
                             String meaning, Instant approvedAt, String tag, String commit, String generator, String sourcesSha256,
                             String contentSha256, String docxSha256) {

    /** What approving a document in a release means; recorded with each approval so a reader does not have to guess. */
    public static final String MEANING = "approved for issue: reviewed for adequacy and authorised for use as the controlled version";
}
