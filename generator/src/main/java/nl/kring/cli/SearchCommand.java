package nl.kring.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import nl.kring.diagnostic.DiagnosticFormat;
import nl.kring.message.Message;
import nl.kring.message.Texts;
import nl.kring.region.Region;
import nl.kring.search.RegionSearchIndex;
import nl.kring.search.SearchResult;
import nl.kring.site.BuildOptions;
import nl.kring.site.SiteBuilder;
import nl.kring.site.UnknownRegionException;
import nl.kring.text.Json;

/**
 * {@code kring search}: Lucene's own answer to a query on one region — the reference the browser search is
 * tested against, and a quick way for editors to see why a group is (not) found.
 */
@Command(name = "search", mixinStandardHelpOptions = true)
final class SearchCommand implements Callable<Integer> {

    private final Texts texts;

    @Spec
    CommandSpec spec;

    @Option(names = "--root", paramLabel = "DIR")
    Path root = Path.of(".");

    @Option(names = "--region", paramLabel = "ID", required = true, descriptionKey = "search.region")
    String region;

    @Option(names = "--now", paramLabel = "DATETIME", descriptionKey = "search.now")
    String now;

    @Option(names = "--limit", paramLabel = "N", descriptionKey = "search.limit")
    int limit = 10;

    @Option(names = "--json", descriptionKey = "search.json")
    boolean json;

    @Parameters(paramLabel = "QUERY", arity = "1..*", descriptionKey = "search.query")
    List<String> words;

    SearchCommand(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        PrintWriter out = cli.getOut();
        PrintWriter err = cli.getErr();
        SiteOptions options = new SiteOptions();
        options.root = root;
        options.now = now;
        Path site = options.repository(cli, texts);
        if (limit < 1) {
            throw KringUsageException.of(cli, texts, "cli.limit.invalid", limit);
        }
        var moment = options.now(cli, texts);
        SiteBuilder builder = new SiteBuilder();
        SiteBuilder.Loaded loaded;
        try {
            loaded = builder.load(new BuildOptions(site, site.resolve("dist"), List.of(region), moment, false));
        } catch (UnknownRegionException e) {
            throw KringUsageException.of(cli, texts, e.message());
        }
        if (loaded.failed()) {
            err.print(DiagnosticFormat.TEXT.render(loaded.diagnostics().sorted(), texts));
            err.println(texts.text("search.contentErrors"));
            err.flush();
            return 1;
        }
        Region selected = loaded.regions().getFirst();
        String query = String.join(" ", words);
        SearchResult result;
        try (RegionSearchIndex index = builder.searchIndex(loaded, selected)) {
            result = index.search(query, limit);
        }
        if (json) {
            out.println(json(query, result));
        } else {
            out.println(text(texts, query, result));
        }
        out.flush();
        return 0;
    }

    private static String text(Texts texts, String query, SearchResult result) {
        StringBuilder text = new StringBuilder(texts.text(Message.count("search.results", result.total(), query,
                String.join(" ", result.terms()),
                Message.of(result.anyTerm() ? "search.anyTerm" : "suggestion.none"))));
        int rank = 1;
        for (SearchResult.Hit hit : result.hits()) {
            text.append(String.format(Locale.ROOT, "%n%3d. %8.4f  %-8s %s  %s", rank++, hit.score(),
                    hit.document().type().code(), hit.document().title(), hit.document().sitePath()));
        }
        return text.toString();
    }

    private static String json(String query, SearchResult result) {
        StringBuilder json = new StringBuilder("{\"query\":").append(Json.quote(query))
                .append(",\"terms\":[").append(String.join(",", result.terms().stream().map(Json::quote).toList()))
                .append("],\"total\":").append(result.total())
                .append(",\"anyTerm\":").append(result.anyTerm())
                .append(",\"hits\":[");
        for (int i = 0; i < result.hits().size(); i++) {
            SearchResult.Hit hit = result.hits().get(i);
            json.append(i == 0 ? "" : ",").append("{\"doc\":").append(hit.doc())
                    .append(",\"score\":").append(hit.score())
                    .append(",\"type\":").append(Json.quote(hit.document().type().code()))
                    .append(",\"title\":").append(Json.quote(hit.document().title()))
                    .append(",\"path\":").append(Json.quote(hit.document().sitePath())).append("}");
        }
        return json.append("]}").toString();
    }
}
