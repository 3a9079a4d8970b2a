package nl.kring.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** A region's files come out sorted by path exactly as a plain sort puts them, whether the order is reused or not. */
class FileOrderTest {

    private static List<OutputFile> files(Random random, int count) {
        List<OutputFile> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String path = "gemeente-" + random.nextInt(20) + "/groepen/groep-" + random.nextInt(count) + "/index.html";
            files.add(new OutputFile(path, new byte[] {(byte) i}, null));  // equal paths happen: order made decides
        }
        return files;
    }

    private static List<OutputFile> plainlySorted(List<OutputFile> files) {
        List<OutputFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(OutputFile::path));
        return sorted;
    }

    @Test
    void sortsAsAPlainSortWouldAndReusesTheOrderForTheSamePaths() {
        Random random = new Random(7);
        List<OutputFile> first = files(random, 500);
        FileOrder.Sorted sorted = FileOrder.NONE.sort(first);
        assertThat(sorted.files()).containsExactlyElementsOf(plainlySorted(first));

        // the next build: the same paths in the same order, other bytes
        List<OutputFile> next = first.stream().map(f -> new OutputFile(f.path(), new byte[] {1, 2}, null)).toList();
        FileOrder.Sorted again = sorted.order().sort(next);
        assertThat(again.order()).isSameAs(sorted.order());
        assertThat(again.files()).containsExactlyElementsOf(plainlySorted(next));

        // a file more: sorted anew
        List<OutputFile> more = new ArrayList<>(next);
        more.add(3, new OutputFile("a/nieuw.html", new byte[0], null));
        FileOrder.Sorted anew = again.order().sort(more);
        assertThat(anew.order()).isNotSameAs(sorted.order());
        assertThat(anew.files()).containsExactlyElementsOf(plainlySorted(more));

        // the same number of files, one path changed
        List<OutputFile> renamed = new ArrayList<>(next);
        renamed.set(10, new OutputFile("zzz/anders.html", new byte[0], null));
        assertThat(sorted.order().sort(renamed).files()).containsExactlyElementsOf(plainlySorted(renamed));
    }
}
