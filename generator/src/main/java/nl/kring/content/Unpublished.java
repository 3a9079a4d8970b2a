package nl.kring.content;

import nl.kring.diagnostic.Diagnostics;
import nl.kring.diagnostic.Severity;
import nl.kring.diagnostic.SourcePosition;
import nl.kring.model.Publication;

/**
 * A reference from a published file to one that is not (a draft, or one waiting for its
 * {@code publishFrom} date). On the built site it would be a link to nowhere, so a build reports it as
 * an error at the reference; the preview, which shows drafts, reports it as a warning so the editor
 * sees it before the build does.
 */
final class Unpublished {

    private Unpublished() {
    }

    static void linkTo(ContentIndex index, Diagnostics diagnostics, SourcePosition at, String target,
                       Publication publication) {
        Severity severity = index.showDrafts() ? Severity.WARNING : Severity.ERROR;
        String why = publication.draft()
                ? "is a draft (draft: true) and is not on the site"
                : "is only published from " + publication.publishFrom();
        diagnostics.add(severity, at, "'" + target + "' " + why
                + "; remove the reference or publish that file first");
    }
}
