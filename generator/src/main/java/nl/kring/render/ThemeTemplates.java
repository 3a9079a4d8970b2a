package nl.kring.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * A theme ready to render: one FreeMarker {@link Configuration} (thread-safe once set up, so it is
 * configured once and shared by all pages and regions using the theme), its messages and assets.
 */
public final class ThemeTemplates {

    private final Theme theme;
    private final Configuration freemarker;
    private final Messages messages;
    private final DateFormats dates;
    private final Assets assets;

    public ThemeTemplates(Theme theme, String language) {
        this.theme = theme;
        this.messages = Messages.load(theme, language);
        this.dates = new DateFormats(messages);
        this.assets = Assets.of(theme);
        this.freemarker = configure(theme, messages);
    }

    private static Configuration configure(Theme theme, Messages messages) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        try {
            for (Path dir : theme.chain()) {
                Path templates = dir.resolve("templates");
                if (Files.isDirectory(templates)) {
                    loaders.add(new FileTemplateLoader(templates.toFile()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        cfg.setRecognizeStandardFileExtensions(true);  // .ftlh: HTML output format, auto-escaping on
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(messages.locale());
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(new ReadRecordingWrapper());
        return cfg;
    }

    public Theme theme() {
        return theme;
    }

    public Messages messages() {
        return messages;
    }

    public DateFormats dates() {
        return dates;
    }

    public Assets assets() {
        return assets;
    }

    /** The object wrapper, which notes what a page reads of content items. */
    ReadRecordingWrapper recordingWrapper() {
        return (ReadRecordingWrapper) freemarker.getObjectWrapper();
    }

    /** Renders a template; template mistakes surface as {@link TemplateException}. */
    public String render(String template, Map<String, Object> model) throws TemplateException, IOException {
        PageWriter out = new PageWriter();
        freemarker.getTemplate(template).process(model, out);
        return out.toString();
    }

    /**
     * Renders a template to UTF-8, exactly the bytes of {@link #render}'s text: the page goes from FreeMarker's
     * writes into bytes at once, without a text that is copied, widened to two bytes per character by the first
     * dash or accent and encoded again. A printable overview with its QR codes is half a megabyte; built as
     * text it passed through several such copies, each too large for the collector's young generation.
     */
    public byte[] renderUtf8(String template, Map<String, Object> model) throws TemplateException, IOException {
        // this thread's buffers, taken while in use (so a render within a render gets its own)
        Buffers buffers = idleBuffers.get();
        idleBuffers.remove();
        if (buffers == null) {
            buffers = new Buffers();
        }
        try {
            Blocks blocks = new Blocks(buffers.firstBlock);
            try (java.io.Writer out = new Utf8Writer(blocks, buffers.chars)) {
                freemarker.getTemplate(template).process(model, out);
            }
            return blocks.bytes();
        } finally {
            idleBuffers.set(buffers);
        }
    }

    /**
     * A page's working arrays (48 kB), kept per rendering thread rather than made again for each of the large
     * network's 68,000 pages.
     */
    private static final class Buffers {
        final char[] chars = new char[Utf8Writer.BATCH];
        final byte[] firstBlock = new byte[Blocks.BLOCK];
    }

    private final ThreadLocal<Buffers> idleBuffers = new ThreadLocal<>();

    /** A page's bytes and what its template read of content items. */
    record Page(byte[] html, ShownParts shown) {
    }

    /** {@link #renderUtf8}, noting which parts of content items the template read. */
    Page renderUtf8Noting(String template, Map<String, Object> model) throws TemplateException, IOException {
        ReadRecordingWrapper wrapper = recordingWrapper();
        ShownParts.Recorder reads = wrapper.startRecording();
        try {
            byte[] html = renderUtf8(template, model);
            return new Page(html, reads.result(shownParts));
        } finally {
            wrapper.stopRecording();
        }
    }

    /** The read parts of pages, each kind once (a national preview keeps tens of thousands of pages). */
    private final Map<Map<Class<?>, java.util.Set<String>>, ShownParts> shownParts =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Collects a page's HTML: a {@link java.io.StringWriter} without its lock on every write (it appends to a
     * {@link StringBuffer}), which FreeMarker's many small writes per page paid for.
     */
    private static final class PageWriter extends java.io.Writer {

        private final StringBuilder text = new StringBuilder(16 * 1024);

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string) {
            text.append(string);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
        }

        @Override
        public java.io.Writer append(CharSequence chars) {
            text.append(chars);
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /**
     * FreeMarker's writes, gathered in a char array and encoded to UTF-8 a few thousand characters at a time: an
     * {@link java.io.OutputStreamWriter} took a lock and ran its encoder on each of the thousands of small writes
     * of a page (about a seventh of rendering). The characters are copied into the array as they are (a
     * {@code StringBuilder} turned to UTF-16 at a page's first dash, and then widened every later write one
     * character at a time: 3% of the large network's build), and encoded once per batch straight into the page's
     * blocks.
     * Same bytes as {@link String#getBytes}: a surrogate without its other half becomes '?' in both, and a pair is
     * never cut between two batches.
     */
    private static final class Utf8Writer extends java.io.Writer {

        private static final int BATCH = 8 * 1024;

        private final Blocks out;
        private final char[] chars;
        private int used;
        private final java.nio.charset.CharsetEncoder encoder = java.nio.charset.StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE);

        /** @param chars where the characters are gathered, {@link #BATCH} long; its contents are not read */
        Utf8Writer(Blocks out, char[] chars) {
            this.out = out;
            this.chars = chars;
        }

        @Override
        public void write(int c) {
            chars[used++] = (char) c;
            drainWhenFull();
        }

        @Override
        public void write(char[] from, int offset, int length) {
            while (length > 0) {
                int n = Math.min(length, BATCH - used);
                System.arraycopy(from, offset, chars, used, n);
                used += n;
                offset += n;
                length -= n;
                drainWhenFull();
            }
        }

        @Override
        public void write(String string) {
            write(string, 0, string.length());
        }

        @Override
        public void write(String string, int offset, int length) {
            while (length > 0) {
                int n = Math.min(length, BATCH - used);
                string.getChars(offset, offset + n, chars, used);
                used += n;
                offset += n;
                length -= n;
                drainWhenFull();
            }
        }

        private void drainWhenFull() {
            if (used == BATCH) {
                drain(Character.isHighSurrogate(chars[BATCH - 1]) ? BATCH - 1 : BATCH);  // its low half comes next
            }
        }

        /** Encodes the first {@code end} characters and keeps the rest (at most one) for the next batch. */
        private void drain(int end) {
            out.encode(encoder, java.nio.CharBuffer.wrap(chars, 0, end));
            System.arraycopy(chars, end, chars, 0, used - end);
            used -= end;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            drain(used);
        }
    }

    /**
     * The encoded page in blocks of 32 KiB, joined once at the end: a growing array would be copied at every
     * doubling, and its last copies would each be too large for the collector's young generation.
     */
    private static final class Blocks extends java.io.OutputStream {

        private static final int BLOCK = 32 * 1024;

        private final List<byte[]> full = new ArrayList<>();
        private byte[] block;
        private int used;

        /** @param first the first block, whose contents are not read (later ones are made) */
        Blocks(byte[] first) {
            this.block = first;
        }

        @Override
        public void write(int b) {
            if (used == BLOCK) {
                nextBlock();
            }
            block[used++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            while (length > 0) {
                if (used == BLOCK) {
                    nextBlock();
                }
                int n = Math.min(length, BLOCK - used);
                System.arraycopy(bytes, offset, block, used, n);
                used += n;
                offset += n;
                length -= n;
            }
        }

        /** Encodes all of {@code text} into the blocks, straight into their room. */
        void encode(java.nio.charset.CharsetEncoder encoder, java.nio.CharBuffer text) {
            while (true) {
                if (used == BLOCK) {
                    nextBlock();
                }
                java.nio.ByteBuffer room = java.nio.ByteBuffer.wrap(block, used, BLOCK - used);
                encoder.reset();
                java.nio.charset.CoderResult result = encoder.encode(text, room, true);
                if (!result.isOverflow()) {
                    result = encoder.flush(room);
                }
                used = room.position();
                if (!result.isOverflow()) {
                    return;
                }
                if (used < BLOCK) {
                    // the next character does not fit whole in this block's last bytes: encoded alone, then split
                    int length = Character.isHighSurrogate(text.get(text.position())) && text.remaining() > 1 ? 2 : 1;
                    java.nio.CharBuffer character = text.duplicate();
                    character.limit(character.position() + length);
                    java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(8);
                    encoder.reset();
                    encoder.encode(character, bytes, true);
                    encoder.flush(bytes);
                    write(bytes.array(), 0, bytes.position());
                    text.position(text.position() + length);
                }
            }
        }

        private void nextBlock() {
            full.add(block);
            block = new byte[BLOCK];
            used = 0;
        }

        byte[] bytes() {
            byte[] all = new byte[full.size() * BLOCK + used];
            int at = 0;
            for (byte[] b : full) {
                System.arraycopy(b, 0, all, at, BLOCK);
                at += BLOCK;
            }
            System.arraycopy(block, 0, all, at, used);
            return all;
        }
    }
}
