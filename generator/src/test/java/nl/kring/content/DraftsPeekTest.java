package nl.kring.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import nl.kring.model.Publication;
import org.junit.jupiter.api.Test;

/** What {@link Drafts#peek} reads from a file's front matter before the file itself is read. */
class DraftsPeekTest {

    @Test
    void aDraftAsEditorsWriteIt() {
        assertThat(Drafts.peek("---\nnaam: Rouwgroep\ndraft: true\n---\nTekst\n").draft()).isTrue();
        assertThat(Drafts.peek("---\r\nnaam: Rouwgroep\r\ndraft: ja\r\n---\r\nTekst\r\n").draft()).isTrue();
        assertThat(Drafts.peek("\uFEFF---\ndraft: 'Yes'   # nog niet klaar\n---\n").draft()).isTrue();
        assertThat(Drafts.peek("---\nDRAFT: \"true\"\n---\n").draft()).isTrue();
    }

    @Test
    void onlyTheFrontMatterCounts() {
        assertThat(Drafts.peek("---\nnaam: Rouwgroep\n---\ndraft: true\n")).isEqualTo(Publication.PUBLISHED);
        assertThat(Drafts.peek("draft: true\n")).isEqualTo(Publication.PUBLISHED);
        assertThat(Drafts.peek("---\nnaam: x\n...\ndraft: true\n")).isEqualTo(Publication.PUBLISHED);
        assertThat(Drafts.peek("---\n  draft: true\n---\n").draft()).as("not a top-level line").isFalse();
        assertThat(Drafts.peek("---\ndraft: false\n---\n").draft()).isFalse();
        assertThat(Drafts.peek("")).isEqualTo(Publication.PUBLISHED);
        assertThat(Drafts.peek("---")).isEqualTo(new Publication(false, null));
    }

    @Test
    void aPublicationDate() {
        assertThat(Drafts.peek("---\npublishFrom: 2026-12-1\n---\n").publishFrom()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(Drafts.peek("---\r\npublishFrom: '2026-12-01'\r\n---\r\n").publishFrom())
                .isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(Drafts.peek("---\npublishFrom: 2026-02-30\n---\n").publishFrom()).as("reading reports it").isNull();
        assertThat(Drafts.peek("---\npublishfrom: 2026-12-01\n---\n").publishFrom()).isNull();
    }

    @Test
    void aLongFrontMatterIsReadUpToItsLimit() {
        String filler = "regel: x\n".repeat(498);   // lines 2 to 499 of the file
        assertThat(Drafts.peek("---\n" + filler + "draft: true\n---\n").draft()).as("line 500").isTrue();
        assertThat(Drafts.peek("---\n" + filler + "a: b\ndraft: true\n---\n").draft()).as("line 501").isFalse();
    }

    /** Every file is peeked from its bytes, of which only the front matter's lines are decoded: the same answers. */
    @Test
    void fromTheBytesTheSameAsFromTheText() {
        String filler = "regel: x\n".repeat(498);
        for (String file : java.util.List.of(
                "---\nnaam: Rouwgroep\ndraft: true\n---\nTekst\n",
                "---\r\nnaam: Rouwgroep\r\ndraft: ja\r\n---  \r\ndraft: nee\r\n",
                "\uFEFF---\ndraft: 'Yes'   # nog niet klaar, één ding\n---\n",
                "---\nnaam: Café Ærø\n...\ndraft: true\n",
                "---\nnaam: x\n---\u2003\ndraft: true\n---\n",
                "---\npublishFrom: 2026-12-1\n",
                "---\n" + filler + "draft: true\n---\n",
                "---\n" + filler + "a: b\ndraft: true\n---\n",
                "---\n" + "regel: x\n".repeat(600),
                "naam: x\ndraft: true\n", "---", "", "\n\n---\ndraft: true\n")) {
            assertThat(Drafts.peek(file.getBytes(java.nio.charset.StandardCharsets.UTF_8))).as(file)
                    .isEqualTo(Drafts.peek(file));
        }
    }
}
