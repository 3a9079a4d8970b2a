package nl.kring.render;

/**
 * A QR code for a web address, drawn at build time as inline SVG: printed on paper, a phone's camera
 * opens the group's page without anyone typing its address. No script and no request to another site.
 */
final class QrSvg {

    /** The light border the QR standard asks for around the code, in modules. */
    private static final int QUIET_ZONE = 4;

    private QrSvg() {
    }

    /**
     * A QR code to draw: equal when address and label are, and drawn only when a template asks for its SVG.
     * Drawing is the costly part of planning a printable overview (every group of a municipality gets one),
     * so a page that is planned but not rendered again (the preview reuses it) draws nothing, and the pages
     * that are rendered draw their codes in parallel. Thread-safe.
     */
    public static final class Code {

        private final String address;
        private final String label;
        private final boolean draw;
        private volatile String svg;

        Code(String address, String label) {
            this(address, label, true);
        }

        /**
         * @param draw false for {@code kring check}, which renders every page to find template and link problems but
         *             writes none: a QR code holds neither, and drawing them was about 6% of checking the sample
         */
        Code(String address, String label, boolean draw) {
            this.address = address;
            this.label = label;
            this.draw = draw;
        }

        /** The SVG element, drawn on first use; empty when not to be drawn. */
        public String svg() {
            if (!draw) {
                return "";
            }
            String drawn = svg;
            if (drawn == null) {
                drawn = of(address, label);
                svg = drawn;
            }
            return drawn;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Code code && address.equals(code.address) && label.equals(code.label);
        }

        @Override
        public int hashCode() {
            return 31 * address.hashCode() + label.hashCode();
        }
    }

    /**
     * The SVG element for the address. Medium error correction survives a smudge or a fold on a
     * printed sheet and still gives few modules for a short web address. {@code label} names the
     * code for screen readers (the address itself is printed next to it).
     */
    static String of(String address, String label) {
        QrMasking.Modules code = QrMasking.encode(address);
        int size = code.size() + 2 * QUIET_ZONE;
        // One rectangle per run of dark modules in a row, not one per module: the same image in about a third of
        // the bytes (a printable overview of a large municipality holds hundreds of codes).
        StringBuilder path = new StringBuilder(code.size() * code.size() * 2);
        for (int y = 0; y < code.size(); y++) {
            if (code instanceof QrMasking.BitRows bits) {
                // the runs of the row's set bits, found a run at a time rather than a module at a time
                long row = bits.rows()[y];
                while (row != 0) {
                    int start = QrMasking.trailingZeros(row);
                    int run = QrMasking.trailingZeros(~(row >>> start));
                    run(path, start, y, run);
                    row &= -1L << (start + run);
                }
                continue;
            }
            int x = 0;
            while (x < code.size()) {
                if (!code.dark(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < code.size() && code.dark(x, y)) {
                    x++;
                }
                run(path, start, y, x - start);
            }
        }
        return "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" role=\"img\" aria-label=\"" + escape(label) + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }

    /** A rectangle over {@code run} dark modules of row {@code y} from {@code x} on. */
    private static void run(StringBuilder path, int x, int y, int run) {
        path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE)
                .append('h').append(run).append("v1h-").append(run).append('z');
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
