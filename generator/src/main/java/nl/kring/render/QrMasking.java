package nl.kring.render;

import java.util.concurrent.atomic.AtomicReferenceArray;

import io.nayuki.qrcodegen.QrCode;
import io.nayuki.qrcodegen.QrSegment;

/**
 * A QR code for a text with the mask qrcodegen's automatic choice gives it, in under a third of the time.
 * <p>
 * Why: a large network's printable overviews hold about 20,000 codes, and the library's choice (each of the eight
 * masks applied module by module, then scored by the standard's four penalty rules) was 15% of a large build's CPU.
 * Here the library encodes the code once with mask 0, each row and column becomes a {@code long} of module bits,
 * and every mask is applied and scored with bit operations and run lengths: about 93 µs a code instead of 320.
 * The score is the library's own rule, computed the same way (its light borders around each line, its 1:1:3:1:1
 * finder-like runs counted once a light run ends, the first of equal scores winning), so the chosen mask and every
 * module are those {@link QrCode#encodeText} gives; QrMaskingTest holds that for thousands of addresses of every
 * length up to the largest size handled here.
 * <p>
 * Codes wider than 63 modules (version 12 and up: addresses of more than about 200 characters) are left to the
 * library. Thread-safe.
 */
final class QrMasking {

    /** The widest code whose lines fit in a {@code long} with room for the shifts below. */
    private static final int MAX_VERSION = 11;
    private static final int PENALTY_RUN = 3;
    private static final int PENALTY_BLOCK = 3;
    private static final int PENALTY_FINDER_LIKE = 40;
    private static final int PENALTY_BALANCE = 10;

    /**
     * Per version: where the function patterns lie and what each mask inverts. Constants of the standard, like the
     * library's own tables, computed on first use.
     */
    private static final AtomicReferenceArray<Layout> LAYOUTS = new AtomicReferenceArray<>(MAX_VERSION + 1);

    private QrMasking() {
    }

    /** The modules of a finished code. */
    interface Modules {

        int size();

        boolean dark(int x, int y);
    }

    /** Bit x of {@code rows[y]} is the module at (x, y), set when dark. */
    record BitRows(int size, long[] rows) implements Modules {

        @Override
        public boolean dark(int x, int y) {
            return (rows[y] >>> x & 1) != 0;
        }

        static BitRows of(QrCode code) {
            long[] rows = new long[code.size];
            for (int y = 0; y < code.size; y++) {
                for (int x = 0; x < code.size; x++) {
                    if (code.getModule(x, y)) {
                        rows[y] |= 1L << x;
                    }
                }
            }
            return new BitRows(code.size, rows);
        }
    }

    /** A code too wide for bit rows, as the library drew it. */
    private record Drawn(QrCode code) implements Modules {

        @Override
        public int size() {
            return code.size;
        }

        @Override
        public boolean dark(int x, int y) {
            return code.getModule(x, y);
        }
    }

    /** The text as a QR code with medium error correction (boosted when it fits), as {@link QrCode#encodeText} makes it. */
    static Modules encode(String text) {
        var segments = QrSegment.makeSegments(text);
        QrCode withMask0 = QrCode.encodeSegments(segments, QrCode.Ecc.MEDIUM, QrCode.MIN_VERSION, QrCode.MAX_VERSION,
                0, true);
        if (withMask0.version > MAX_VERSION) {
            return new Drawn(QrCode.encodeText(text, QrCode.Ecc.MEDIUM));
        }
        Layout layout = layout(withMask0.version);
        int size = layout.size;
        long[] rows = BitRows.of(withMask0).rows();
        for (int y = 0; y < size; y++) {
            rows[y] ^= layout.maskRows[0][y];   // the data as it is before any mask
        }
        long[] columns = transpose(rows, size);
        int eccBits = formatBits(withMask0.errorCorrectionLevel);

        long[] maskedRows = new long[size];
        long[] maskedColumns = new long[size];
        int best = 0;
        int lowest = Integer.MAX_VALUE;
        for (int mask = 0; mask < 8; mask++) {
            applyMask(layout, mask, eccBits, rows, columns, maskedRows, maskedColumns);
            int penalty = penalty(maskedRows, maskedColumns, size);
            if (penalty < lowest) {   // strictly lower: the first of equal scores wins, as in the library
                lowest = penalty;
                best = mask;
            }
        }
        applyMask(layout, best, eccBits, rows, columns, maskedRows, maskedColumns);
        return new BitRows(size, maskedRows);
    }

    private static void applyMask(Layout layout, int mask, int eccBits, long[] rows, long[] columns,
                                  long[] maskedRows, long[] maskedColumns) {
        long[] formatRows = layout.formatRows[eccBits][mask];
        long[] formatColumns = layout.formatColumns[eccBits][mask];
        for (int i = 0; i < layout.size; i++) {
            maskedRows[i] = (rows[i] ^ layout.maskRows[mask][i]) & ~layout.formatPlaceRows[i] | formatRows[i];
            maskedColumns[i] = (columns[i] ^ layout.maskColumns[mask][i]) & ~layout.formatPlaceColumns[i]
                    | formatColumns[i];
        }
    }

    /** The library's penalty score of a masked code: runs and finder-like patterns per line, 2×2 blocks, balance. */
    static int penalty(long[] rows, long[] columns, int size) {
        int result = 0;
        for (int i = 0; i < size; i++) {
            result += linePenalty(rows[i], size) + linePenalty(columns[i], size);
        }
        long inside = (1L << (size - 1)) - 1;   // a block's left column: 0 … size-2
        for (int y = 0; y < size - 1; y++) {
            long sameBelow = ~(rows[y] ^ rows[y + 1]);
            long sameRight = ~(rows[y] ^ rows[y] >>> 1);
            result += PENALTY_BLOCK * Long.bitCount(sameBelow & sameBelow >>> 1 & sameRight & inside);
        }
        int dark = 0;
        for (int y = 0; y < size; y++) {
            dark += Long.bitCount(rows[y]);
        }
        int total = size * size;
        int k = (Math.abs(dark * 20 - total * 10) + total - 1) / total - 1;   // smallest k: (45-5k)% ≤ dark ≤ (55+5k)%
        return result + k * PENALTY_BALANCE;
    }

    /**
     * Runs of five or more alike (3 points, and 1 for each module more) and finder-like 1:1:3:1:1 patterns with four
     * light modules on one side (40 points), reading the line run by run. As in the library, the first and the last
     * run are extended by a light border as wide as the code, and a pattern is looked for each time a light run ends.
     * {@code h0} is the run that just ended, {@code h6} the one six runs before.
     */
    static int linePenalty(long line, int size) {
        int result = 0;
        int h0 = 0, h1 = 0, h2 = 0, h3 = 0, h4 = 0, h5 = 0, h6 = 0;
        int position = 0;
        boolean dark = false;   // every line starts with a light run, possibly empty
        while (true) {
            long ahead = (dark ? ~line : line) >>> position;
            int length = Math.min(trailingZeros(ahead), size - position);
            position += length;
            if (length >= 5) {
                result += PENALTY_RUN + length - 5;
            }
            if (position >= size) {   // the last run
                if (dark) {
                    h6 = h5; h5 = h4; h4 = h3; h3 = h2; h2 = h1; h1 = h0; h0 = length;
                    length = 0;
                }
                int run = length + size;
                if (h0 == 0) {
                    run += size;
                }
                h6 = h5; h5 = h4; h4 = h3; h3 = h2; h2 = h1; h1 = h0; h0 = run;
                return result + PENALTY_FINDER_LIKE * finderLike(h0, h1, h2, h3, h4, h5, h6);
            }
            int run = h0 == 0 ? length + size : length;
            h6 = h5; h5 = h4; h4 = h3; h3 = h2; h2 = h1; h1 = h0; h0 = run;
            if (!dark) {
                result += PENALTY_FINDER_LIKE * finderLike(h0, h1, h2, h3, h4, h5, h6);
            }
            dark = !dark;
        }
    }

    /**
     * {@link Long#numberOfTrailingZeros}, as a bit count, for the same value at every input (64 for 0). The client
     * compiler (C1), which the launcher chooses for builds of a few thousand files, has an intrinsic for
     * {@code bitCount} but none for {@code numberOfTrailingZeros}: that was a call of about 15 ns where this takes
     * 4, and a QR code asks it some 9,000 times (each run of each line of each of eight masks).
     */
    static int trailingZeros(long bits) {
        return Long.bitCount((bits & -bits) - 1);
    }

    private static int finderLike(int h0, int h1, int h2, int h3, int h4, int h5, int h6) {
        int n = h1;
        if (n == 0 || h3 != 3 * n || h2 != n || h4 != n || h5 != n) {
            return 0;
        }
        return (h0 >= 4 * n && h6 >= n ? 1 : 0) + (h6 >= 4 * n && h0 >= n ? 1 : 0);
    }

    /** The 15 format bits for the error correction level and mask (a BCH code, then the standard's XOR mask). */
    private static int formatInformation(int eccBits, int mask) {
        int data = eccBits << 3 | mask;
        int remainder = data;
        for (int i = 0; i < 10; i++) {
            remainder = remainder << 1 ^ (remainder >>> 9) * 0x537;
        }
        return (data << 10 | remainder) ^ 0x5412;
    }

    private static int formatBits(QrCode.Ecc ecc) {
        return switch (ecc) {
            case LOW -> 1;
            case MEDIUM -> 0;
            case QUARTILE -> 3;
            case HIGH -> 2;
        };
    }

    private static long[] transpose(long[] rows, int size) {
        long[] columns = new long[size];
        for (int y = 0; y < size; y++) {
            for (long row = rows[y]; row != 0; row &= row - 1) {
                columns[trailingZeros(row)] |= 1L << y;
            }
        }
        return columns;
    }

    private static Layout layout(int version) {
        Layout layout = LAYOUTS.get(version);
        if (layout == null) {
            layout = new Layout(version);
            LAYOUTS.compareAndSet(version, null, layout);
        }
        return layout;
    }

    /** Where a version's function patterns lie (never masked) and which data modules each mask inverts. */
    private static final class Layout {

        final int size;
        final long[][] maskRows = new long[8][];
        final long[][] maskColumns = new long[8][];
        /** Where the two copies of the format bits lie, as rows and as columns. */
        final long[] formatPlaceRows;
        final long[] formatPlaceColumns;
        /** The dark format bits for each error correction level (by its format bits) and mask. */
        final long[][][] formatRows = new long[4][8][];
        final long[][][] formatColumns = new long[4][8][];

        Layout(int version) {
            size = version * 4 + 17;
            boolean[][] function = new boolean[size][size];
            // finder patterns with their separators (and, for the corner they share, the format bits' neighbours)
            mark(function, 0, 0, 8, 8);
            mark(function, size - 8, 0, 8, 8);
            mark(function, 0, size - 8, 8, 8);
            // timing patterns
            mark(function, 6, 0, 1, size);
            mark(function, 0, 6, size, 1);
            int[] alignment = alignmentPositions(version, size);
            int last = alignment.length - 1;
            for (int i = 0; i <= last; i++) {
                for (int j = 0; j <= last; j++) {
                    boolean onAFinder = i == 0 && j == 0 || i == 0 && j == last || i == last && j == 0;
                    if (!onAFinder) {
                        mark(function, alignment[i] - 2, alignment[j] - 2, 5, 5);
                    }
                }
            }
            // bit i of the format information lies at (formatX[c][i], formatY[c][i]) in copy c
            int[][] formatX = new int[2][15];
            int[][] formatY = new int[2][15];
            for (int i = 0; i < 15; i++) {
                // first copy: down column 8 beside the top-left finder (skipping the timing row), then left along row 8
                formatX[0][i] = i < 8 ? 8 : i == 8 ? 7 : 14 - i;
                formatY[0][i] = i < 6 ? i : i == 6 ? 7 : 8;
                // second copy: row 8 at the right edge, then column 8 at the bottom edge
                formatX[1][i] = i < 8 ? size - 1 - i : 8;
                formatY[1][i] = i < 8 ? 8 : size - 15 + i;
            }
            formatPlaceRows = new long[size];
            formatPlaceColumns = new long[size];
            for (int ecc = 0; ecc < 4; ecc++) {
                for (int mask = 0; mask < 8; mask++) {
                    formatRows[ecc][mask] = new long[size];
                    formatColumns[ecc][mask] = new long[size];
                    int bits = formatInformation(ecc, mask);
                    for (int copy = 0; copy < 2; copy++) {
                        for (int i = 0; i < 15; i++) {
                            int x = formatX[copy][i];
                            int y = formatY[copy][i];
                            function[y][x] = true;
                            formatPlaceRows[y] |= 1L << x;
                            formatPlaceColumns[x] |= 1L << y;
                            long dark = bits >>> i & 1;
                            formatRows[ecc][mask][y] |= dark << x;
                            formatColumns[ecc][mask][x] |= dark << y;
                        }
                    }
                }
            }
            function[size - 8][8] = true;   // the dark module
            if (version >= 7) {   // version information: two 6×3 blocks
                mark(function, size - 11, 0, 3, 6);
                mark(function, 0, size - 11, 6, 3);
            }
            for (int mask = 0; mask < 8; mask++) {
                maskRows[mask] = new long[size];
                maskColumns[mask] = new long[size];
                for (int y = 0; y < size; y++) {
                    for (int x = 0; x < size; x++) {
                        if (!function[y][x] && inverts(mask, x, y)) {
                            maskRows[mask][y] |= 1L << x;
                            maskColumns[mask][x] |= 1L << y;
                        }
                    }
                }
            }
        }

        private static void mark(boolean[][] function, int left, int top, int width, int height) {
            for (int y = top; y < top + height; y++) {
                for (int x = left; x < left + width; x++) {
                    function[y][x] = true;
                }
            }
        }

        /** The centres of the alignment patterns on either axis (ISO/IEC 18004 annex E, as a formula). */
        private static int[] alignmentPositions(int version, int size) {
            if (version == 1) {
                return new int[0];
            }
            int count = version / 7 + 2;
            int step = (version * 4 + count * 2 + 1) / (count * 2 - 2) * 2;
            int[] positions = new int[count];
            positions[0] = 6;
            for (int i = count - 1, position = size - 7; i >= 1; i--, position -= step) {
                positions[i] = position;
            }
            return positions;
        }

        /** The standard's eight mask patterns. */
        private static boolean inverts(int mask, int x, int y) {
            return switch (mask) {
                case 0 -> (x + y) % 2 == 0;
                case 1 -> y % 2 == 0;
                case 2 -> x % 3 == 0;
                case 3 -> (x + y) % 3 == 0;
                case 4 -> (x / 3 + y / 2) % 2 == 0;
                case 5 -> x * y % 2 + x * y % 3 == 0;
                case 6 -> (x * y % 2 + x * y % 3) % 2 == 0;
                default -> ((x + y) % 2 + x * y % 3) % 2 == 0;
            };
        }
    }
}
