package nl.kring.text;

/** JSON string quoting, safe to embed in HTML (no raw '<', '>' or '&'). */
public final class Json {

    private Json() {
    }

    /** Whether {@link #quote} escapes any character of {@code s} (else it only puts quotes around it). */
    public static boolean needsEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || isHtmlUnsafe(c)) {
                return true;
            }
        }
        return false;
    }

    public static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || isHtmlUnsafe(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Characters escaped although JSON allows them, so that the text is safe inside HTML's script element. */
    private static boolean isHtmlUnsafe(char c) {
        return c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029';
    }
}
