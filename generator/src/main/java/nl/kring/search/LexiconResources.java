package nl.kring.search;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Run while the jar is built (generator/pom.xml, phase process-classes): turns the vendored OpenTaal word list
 * into the two resources {@link DutchLexicon#bundled()} reads, so that no build pays for it at run time.
 * Folding 350,000 words, putting them in a hash set and hashing them into Bloom filters took a small site's
 * build about 1.5 s of CPU, more than all its pages together (docs/performance.md, "Start-up").
 * <ul>
 * <li>{@value DutchLexicon#WORDS}: the folded words, unique, sorted, one per line, ASCII only, which the lexicon
 * searches in place;</li>
 * <li>{@value DutchLexicon#FILTER}: the browser's Bloom filters ({@link LexiconFilter}), each bucket as its
 * length (4 bytes, big-endian) followed by its bytes;</li>
 * <li>{@value DutchAnalysis#FOLDING}: the ASCII folding table the search exports (see
 * {@link DutchAnalysis#foldingTable()}), which is Lucene's folding of every character.</li>
 * </ul>
 */
public final class LexiconResources {

    private LexiconResources() {
    }

    /** Usage: LexiconResources WORD-LIST.txt.gz OUTPUT-DIRECTORY */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: LexiconResources WORD-LIST.txt.gz OUTPUT-DIRECTORY");
        }
        List<String> words;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(args[0])))) {
            words = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
        DutchLexicon lexicon = new DutchLexicon(words);
        Path out = Files.createDirectories(Path.of(args[1]));
        Files.write(out.resolve(DutchLexicon.WORDS), lexicon.sortedWords());
        Files.writeString(out.resolve(DutchAnalysis.FOLDING),
                DutchAnalysis.foldingTableText(DutchAnalysis.buildFoldingTable()));
        try (OutputStream file = Files.newOutputStream(out.resolve(DutchLexicon.FILTER));
                DataOutputStream data = new DataOutputStream(file)) {
            for (byte[] bucket : lexicon.filter()) {
                data.writeInt(bucket.length);
                data.write(bucket);
            }
        }
    }
}
