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
        Blocks blocks = new Blocks();
        try (java.io.Writer out = new Utf8Writer(blocks)) {
            freemarker.getTemplate(template).process(model, out);
        }
        return blocks.bytes();
    }

    /** A page's bytes and what its template read of content items. */
    record Page(byte[] html, ShownParts shown) {
    }

    /** {@link #renderUtf8}, noting which parts of content items the template read. */
    Page renderUtf8Noting(String template, Map<String, Object> model) throws TemplateException, IOException {
        ReadRecordingWrapper wrapper = (ReadRecordingWrapper) freemarker.getObjectWrapper();
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
     * FreeMarker's writes, encoded to UTF-8 a few thousand characters at a time by {@link String#getBytes}: an
     * {@link java.io.OutputStreamWriter} took a lock and ran its encoder on each of the thousands of small writes
     * of a page (about a seventh of rendering). Same bytes: a surrogate without its other half becomes '?' in
     * both, and a pair is never cut between two batches.
     */
    private static final class Utf8Writer extends java.io.Writer {

        private static final int BATCH = 8 * 1024;

        private final Blocks out;
        private final StringBuilder text = new StringBuilder(BATCH + 256);

        Utf8Writer(Blocks out) {
            this.out = out;
        }

        @Override
        public void write(int c) {
            text.append((char) c);
            drainWhenFull();
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
            drainWhenFull();
        }

        @Override
        public void write(String string) {
            text.append(string);
            drainWhenFull();
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
            drainWhenFull();
        }

        private void drainWhenFull() {
            if (text.length() >= BATCH) {
                int end = text.length();
                if (Character.isHighSurrogate(text.charAt(end - 1))) {
                    end--;   // its low half comes with the next write
                }
                drain(end);
            }
        }

        private void drain(int end) {
            byte[] bytes = text.substring(0, end).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.write(bytes, 0, bytes.length);
            text.delete(0, end);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            drain(text.length());
        }
    }

    /**
     * The encoded page in blocks of 32 KiB, joined once at the end: a growing array would be copied at every
     * doubling, and its last copies would each be too large for the collector's young generation.
     */
    private static final class Blocks extends java.io.OutputStream {

        private static final int BLOCK = 32 * 1024;

        private final List<byte[]> full = new ArrayList<>();
        private byte[] block = new byte[BLOCK];
        private int used;

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
