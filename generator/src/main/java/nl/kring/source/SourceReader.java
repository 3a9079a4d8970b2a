package nl.kring.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import nl.kring.diagnostic.Diagnostics;
import nl.kring.diagnostic.SourcePosition;

/** Reads repository files strictly as UTF-8, reporting unreadable, empty and non-UTF-8 files. */
public final class SourceReader {

    private final Path root;
    private final Diagnostics diagnostics;

    public SourceReader(Path root, Diagnostics diagnostics) {
        this.root = root;
        this.diagnostics = diagnostics;
    }

    public Path root() {
        return root;
    }

    /** Where problems found while reading are reported. */
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    public String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** The file's text, or empty after reporting why it cannot be used. */
    public Optional<SourceFile> read(Path file) {
        return read(file, null);
    }

    /**
     * The file's text from bytes already read from it ({@code null}: read them now), or empty after reporting why
     * it cannot be used. Loading content reads each file once: the bytes whose front matter said whether it is a
     * draft are the bytes checked, and the bytes kept for the preview's next build.
     */
    public Optional<SourceFile> read(Path file, byte[] alreadyRead) {
        String path = relative(file);
        byte[] bytes = alreadyRead;
        if (bytes == null) {
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                diagnostics.error(SourcePosition.startOf(path), "file.unreadable", String.valueOf(e.getMessage()));
                return Optional.empty();
            }
        }
        Optional<String> text = decode(path, bytes);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String content = text.get();
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);  // a byte order mark some Windows editors add
            diagnostics.sources().register(path, java.util.Arrays.copyOfRange(bytes, 3, bytes.length));
        } else {
            diagnostics.sources().register(path, bytes);  // valid UTF-8: the text's own bytes
        }
        if (content.isBlank()) {
            diagnostics.error(SourcePosition.startOf(path), "file.empty");
            return Optional.empty();
        }
        return Optional.of(new SourceFile(path, file, content.replace("\r\n", "\n")));
    }

    /**
     * The bytes as text when they are strict UTF-8. The JDK's lenient decoding is the fast one, and it turns every
     * malformed sequence into U+FFFD; only a text holding U+FFFD (written in the file, or made from a mistake) is
     * decoded strictly again to tell which.
     */
    private Optional<String> decode(String path, byte[] bytes) {
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return Optional.of(lenient);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(decoder.decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            int offset = firstBadByte(bytes);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            String prefix = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
            diagnostics.error(new SourcePosition(path, line, prefix.length() + 1), "file.notUtf8",
                    String.format("0x%02X", bytes[offset] & 0xff));
            return Optional.empty();
        }
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : 0;
    }
}
