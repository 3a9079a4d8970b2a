package nl.kring.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import io.nayuki.qrcodegen.QrCode;
import io.nayuki.qrcodegen.QrSegment;
import org.junit.jupiter.api.Test;

/**
 * {@link QrMasking} draws exactly the code qrcodegen's automatic mask choice draws: same size, same mask, every
 * module the same, for addresses of every length and kind, so a printed code does not change by being made faster.
 */
class QrMaskingTest {

    private static final String URL_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789-./:_?=&%#";

    @Test
    void trailingZerosAreTheJdksForEveryBit() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(16);
        List<Long> values = new java.util.ArrayList<>(List.of(0L, -1L, 1L, Long.MIN_VALUE, Long.MAX_VALUE));
        for (int bit = 0; bit < 64; bit++) {
            values.add(1L << bit);
            values.add(-1L << bit);
            values.add(random.nextLong() << bit);
        }
        for (long value : values) {
            assertThat(QrMasking.trailingZeros(value)).as(Long.toHexString(value))
                    .isEqualTo(Long.numberOfTrailingZeros(value));
        }
    }

    @Test
    void everyAddressGetsTheCodeTheLibraryChooses() {
        Random random = new Random(18004);
        Set<Integer> versions = new TreeSet<>();
        for (int n = 0; n < 3_000; n++) {
            String address = randomText(random, 1 + random.nextInt(n < 2_500 ? 120 : 260));
            versions.add(assertSameAsLibrary(address));
        }
        assertThat(versions).as("every version up to the widest drawn with bit rows, and wider").containsAll(
                IntStream.rangeClosed(1, 12).boxed().toList());
    }

    @Test
    void addressesAsNetworksHaveThem() {
        for (String address : new String[] {"https://zelfregie-roermond.nl/roermond/rouwgroep-roermond/",
                "eemland.example.org/alkmaar/groepen/online-vrouwen-met-adhd-alkmaar/",
                "https://www.example.org/zelfregie-wm/sittard-geleen/mantelzorgcafe-sittard-geleen-en-omstreken/",
                "https://zelfregie.example.org/echt-susteren/groepen/café-één-ouders/", "0475123456",
                "HTTPS://ZELFREGIE.NL/", "x"}) {
            assertSameAsLibrary(address);
        }
    }

    @Test
    void thePenaltyIsTheStandardsScoreForEveryMask() {
        Random random = new Random(7);
        for (int n = 0; n < 300; n++) {
            String address = randomText(random, 1 + random.nextInt(150));
            for (int mask = 0; mask < 8; mask++) {
                QrCode code = QrCode.encodeSegments(QrSegment.makeSegments(address), QrCode.Ecc.MEDIUM,
                        QrCode.MIN_VERSION, QrCode.MAX_VERSION, mask, true);
                QrMasking.BitRows modules = QrMasking.BitRows.of(code);
                long[] columns = new long[code.size];
                for (int y = 0; y < code.size; y++) {
                    for (int x = 0; x < code.size; x++) {
                        columns[x] |= (long) (code.getModule(x, y) ? 1 : 0) << y;
                    }
                }
                assertThat(QrMasking.penalty(modules.rows(), columns, code.size))
                        .as("penalty of \"%s\" with mask %d", address, mask).isEqualTo(penaltyByTheRule(code));
            }
        }
    }

    @Test
    void finderLikeRunsCountWithTheBorderAroundTheLine() {
        // dark-light-dark³-light-dark, then light to the end: light border before, four light after
        long line = 0b1011101L;
        assertThat(QrMasking.linePenalty(line, 21)).isEqualTo(40 + 40 + 3 + 14 - 5);
        // the same pattern against the right edge: the border counts as light after it
        assertThat(QrMasking.linePenalty(line << 14, 21)).isEqualTo(40 + 40 + 3 + 14 - 5);
        assertThat(QrMasking.linePenalty(0L, 21)).isEqualTo(3 + 21 - 5);
        assertThat(QrMasking.linePenalty((1L << 21) - 1, 21)).isEqualTo(3 + 21 - 5);
    }

    /** @return the code's version */
    private static int assertSameAsLibrary(String address) {
        QrCode library = QrCode.encodeText(address, QrCode.Ecc.MEDIUM);
        QrMasking.Modules ours = QrMasking.encode(address);
        assertThat(ours.size()).as("size for \"%s\"", address).isEqualTo(library.size);
        for (int y = 0; y < library.size; y++) {
            for (int x = 0; x < library.size; x++) {
                if (ours.dark(x, y) != library.getModule(x, y)) {
                    throw new AssertionError("module " + x + "," + y + " of \"" + address + "\" (version "
                            + library.version + ", mask " + library.mask + ") differs from the library's");
                }
            }
        }
        return library.version;
    }

    private static String randomText(Random random, int length) {
        int kind = random.nextInt(10);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(switch (kind) {
                case 0 -> (char) ('0' + random.nextInt(10));                                 // numeric mode
                case 1 -> "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 $%*+-./:".charAt(random.nextInt(45)); // alphanumeric
                case 2 -> "abcéëïöü€ -/".charAt(random.nextInt(12));                        // UTF-8 bytes
                default -> URL_CHARACTERS.charAt(random.nextInt(URL_CHARACTERS.length()));
            });
        }
        return text.toString();
    }

    /** The four penalty rules of ISO/IEC 18004 §7.8.3 as qrcodegen applies them, module by module. */
    private static int penaltyByTheRule(QrCode code) {
        int size = code.size;
        int result = 0;
        for (int line = 0; line < size; line++) {
            for (boolean rows : new boolean[] {true, false}) {
                int[] runs = new int[size + 2];
                int count = 0;
                boolean color = false;
                int length = 0;
                for (int i = 0; i < size; i++) {
                    boolean dark = rows ? code.getModule(i, line) : code.getModule(line, i);
                    if (dark == color) {
                        length++;
                    } else {
                        runs[count++] = length;
                        color = dark;
                        length = 1;
                    }
                }
                runs[count++] = length;
                if (color) {
                    runs[count++] = 0;
                }
                for (int r = 0; r < count; r++) {
                    if (runs[r] >= 5) {
                        result += 3 + runs[r] - 5;
                    }
                }
                // runs alternate light, dark, light, …, ending light; the outer light runs get the border
                runs[0] += size;
                runs[count - 1] += size;
                for (int r = 6; r < count; r += 2) {   // r: a light run that ends a dark-light-dark-light-dark core
                    int n = runs[r - 5];
                    boolean core = n > 0 && runs[r - 4] == n && runs[r - 3] == 3 * n && runs[r - 2] == n
                            && runs[r - 1] == n;
                    if (core && runs[r] >= 4 * n && runs[r - 6] >= n) {
                        result += 40;
                    }
                    if (core && runs[r - 6] >= 4 * n && runs[r] >= n) {
                        result += 40;
                    }
                }
            }
        }
        for (int y = 0; y < size - 1; y++) {
            for (int x = 0; x < size - 1; x++) {
                boolean color = code.getModule(x, y);
                if (color == code.getModule(x + 1, y) && color == code.getModule(x, y + 1)
                        && color == code.getModule(x + 1, y + 1)) {
                    result += 3;
                }
            }
        }
        int dark = 0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                dark += code.getModule(x, y) ? 1 : 0;
            }
        }
        int total = size * size;
        for (int k = 0; ; k++) {   // the smallest k with (45 - 5k)% ≤ dark ≤ (55 + 5k)%
            if (dark * 100 >= (45 - 5 * k) * total && dark * 100 <= (55 + 5 * k) * total) {
                return result + k * 10;
            }
        }
    }
}
