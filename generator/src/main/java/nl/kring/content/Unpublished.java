package nl.kring.content;

import nl.kring.diagnostic.Diagnostics;
import nl.kring.diagnostic.Severity;
import nl.kring.diagnostic.SourcePosition;
import nl.kring.message.Message;
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
        diagnostics.add(severity, at, publication.draft()
                ? Message.of("draft.reference.draft", target)
                : Message.of("draft.reference.scheduled", target, publication.publishFrom().toString()));
    }
}
