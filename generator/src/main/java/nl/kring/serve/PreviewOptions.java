package nl.kring.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import nl.kring.diagnostic.DiagnosticFormat;
import nl.kring.message.Texts;
import nl.kring.site.BuildTime;

/**
 * How to run the preview.
 *
 * @param root    the repository (site-config.yml, content/, themes/)
 * @param regions region ids to preview; empty means all
 * @param now     the build moment, asked again for every rebuild (a fixed --now, or the clock)
 * @param host    the address to listen on; 127.0.0.1 keeps the preview to this computer
 * @param port    the port; 0 picks a free one (tests)
 * @param format  how problems are printed in the terminal
 * @param texts   the editor's language, for the terminal, the preview's own pages and the problem overlay
 */
public record PreviewOptions(Path root, List<String> regions, Supplier<BuildTime> now, String host, int port,
                             DiagnosticFormat format, Texts texts) {

    public static final String LOCAL_HOST = "127.0.0.1";

    public PreviewOptions {
        regions = List.copyOf(regions);
    }

    /** Whether the preview can be reached from other computers (the CLI warns). */
    public boolean isPublic() {
        return !host.equals(LOCAL_HOST) && !host.equals("localhost") && !host.equals("::1");
    }
}
