package nl.kring.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing array of UTF-8 bytes that text is appended to: the bytes {@link String#getBytes} would give for the
 * whole text (an unpaired surrogate becomes {@code ?}), made without the text ever being one string.
 * <p>
 * Why: a national region's open data are files of several megabytes, and building them as a {@code StringBuilder},
 * copying that to a string and encoding the string copied every byte three times; writing them was about 4% of a
 * large network's build. Text of ASCII characters, most of these files, is copied byte by byte. Not thread-safe.
 */
public final class Utf8Bytes {

    private byte[] bytes;
    private int length;

    public Utf8Bytes(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    public Utf8Bytes append(String text) {
        int n = text.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                // the rest as the JDK encodes it, surrogate pairs (and unpaired ones) included
                return append(text.substring(i).getBytes(StandardCharsets.UTF_8));
            }
            bytes[length++] = (byte) c;
        }
        return this;
    }

    /** An ASCII character (below 0x80). */
    public Utf8Bytes append(char ascii) {
        if (ascii >= 0x80) {
            return append(String.valueOf(ascii));
        }
        ensure(1);
        bytes[length++] = (byte) ascii;
        return this;
    }

    public Utf8Bytes append(int number) {
        return append(Integer.toString(number));
    }

    public Utf8Bytes append(byte[] encoded) {
        ensure(encoded.length);
        System.arraycopy(encoded, 0, bytes, length, encoded.length);
        length += encoded.length;
        return this;
    }

    /** The bytes appended so far, as a new array of their exact length. */
    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(length + more, bytes.length * 2));
        }
    }
}
