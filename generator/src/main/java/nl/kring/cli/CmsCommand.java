package nl.kring.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import nl.kring.cms.AdminFolder;
import nl.kring.cms.CmsSite;
import nl.kring.cms.DecapConfig;
import nl.kring.cms.GitHost;
import nl.kring.cms.KringSchemas;
import nl.kring.message.Texts;

/**
 * {@code kring cms --out DIR}: writes a hostable web editor (Decap CMS) for the content repository, set up
 * for a Git host (GitHub, Gitea or Forgejo). The forms come from the JSON Schemas; see docs/publishing.md.
 */
@Command(name = "cms", mixinStandardHelpOptions = true)
final class CmsCommand implements Callable<Integer> {

    private final Texts texts;

    @Spec
    CommandSpec spec;

    @Option(names = "--root", paramLabel = "DIR")
    Path root = Path.of(".");

    @Option(names = "--out", paramLabel = "DIR", required = true, descriptionKey = "cms.out")
    Path out;

    @Option(names = "--backend", paramLabel = "HOST", defaultValue = "github", descriptionKey = "cms.backend")
    String backend;

    @Option(names = "--repo", paramLabel = "OWNER/NAME", required = true, descriptionKey = "cms.repo")
    String repo;

    @Option(names = "--branch", paramLabel = "BRANCH", defaultValue = "main", descriptionKey = "cms.branch")
    String branch;

    @Option(names = "--api-root", paramLabel = "URL", descriptionKey = "cms.apiRoot")
    String apiRoot;

    @Option(names = "--base-url", paramLabel = "URL", descriptionKey = "cms.baseUrl")
    String baseUrl;

    @Option(names = "--app-id", paramLabel = "ID", descriptionKey = "cms.appId")
    String appId;

    @Option(names = "--site-url", paramLabel = "URL", descriptionKey = "cms.siteUrl")
    String siteUrl;

    CmsCommand(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Integer call() throws IOException {
        var cli = spec.commandLine();
        Path repository = SiteOptions.repository(root, cli, texts);
        GitHost host = host();
        // the editor is Dutch (Decap's locale nl, the schemas' Dutch labels) whatever language kring speaks
        DecapConfig config = new DecapConfig(KringSchemas.packaged(), CmsSite.read(repository), Texts.dutch());
        List<String> written;
        try {
            written = new AdminFolder(AdminFolder.ResourceSource.classpath()).write(out, config.forGitHost(host), host);
        } catch (AdminFolder.MissingDecapException e) {
            throw KringUsageException.of(cli, texts, "cms.out.noDecap");
        }
        PrintWriter output = cli.getOut();
        output.println(texts.text("cms.out.wrote", out, String.join(", ", written)));
        output.println(texts.text(host.kind().pullRequests() ? "cms.out.pullRequests" : "cms.out.directCommits",
                host.repo(), host.branch()));
        output.flush();
        return 0;
    }

    private GitHost host() {
        var cli = spec.commandLine();
        GitHost.Kind kind;
        try {
            kind = GitHost.Kind.valueOf(backend.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw KringUsageException.of(cli, texts, "cms.backend.unknown", backend);
        }
        if (!repo.matches("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+")) {
            throw KringUsageException.of(cli, texts, "cms.repo.invalid", repo);
        }
        Optional<URI> api = url("--api-root", apiRoot);
        if (kind != GitHost.Kind.GITHUB && api.isEmpty()) {
            throw KringUsageException.of(cli, texts, "cms.apiRoot.missing", kind.decapName());
        }
        return new GitHost(kind, repo, branch, api, url("--base-url", baseUrl), Optional.ofNullable(appId),
                url("--site-url", siteUrl));
    }

    private Optional<URI> url(String option, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value.strip());
            if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw new URISyntaxException(value, "no http(s) address");
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            throw KringUsageException.of(spec.commandLine(), texts, "cms.url.invalid", option, value);
        }
    }
}
