package nl.kring.text;

import java.util.List;

/**
 * CSV as Dutch spreadsheet programs open it without an import dialogue: UTF-8 with a byte order mark (so accented
 * letters survive), {@code ;} between fields (a Dutch Excel reads {@code ,} as the decimal comma), a header row, and
 * RFC 4180 otherwise: CRLF line ends, a field quoted with {@code "} when it holds a {@code ;}, a quote or a line
 * break, and a quote inside doubled.
 */
public final class Csv {

    public static final char SEPARATOR = ';';
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {
    }

    /** The file: BOM, header row, one row per record; every row has as many fields as the header. */
    public static byte[] write(List<String> header, List<List<String>> rows) {
        Utf8Bytes file = new Utf8Bytes(8192).append(BOM);
        row(header, file);
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a row has not as many fields as the header: " + row);
            }
            row(row, file);
        }
        return file.toByteArray();
    }

    private static void row(List<String> fields, Utf8Bytes out) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(SEPARATOR);
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    /** One field, quoted only when it has to be; null is an empty field. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(SEPARATOR) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
