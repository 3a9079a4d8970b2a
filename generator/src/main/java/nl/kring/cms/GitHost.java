package nl.kring.cms;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The Git host a hosted editor reads from and writes to (Decap's {@code github}, {@code gitea} or
 * {@code forgejo} backend).
 *
 * @param kind    github, gitea or forgejo
 * @param repo    owner/name of the content repository
 * @param branch  the branch the editor reads and (through pull requests where the host allows) changes
 * @param apiRoot the host's API, e.g. https://git.example.org/api/v1; empty for github.com
 * @param baseUrl for GitHub: the OAuth server that signs editors in (Decap's base_url); for Gitea/Forgejo:
 *                the host's own address
 * @param appId   the OAuth application's client id (Gitea/Forgejo PKCE sign-in); empty for GitHub
 * @param siteUrl the public address of a region's site, for "Bekijk op de site"; may be empty
 */
public record GitHost(Kind kind, String repo, String branch, Optional<URI> apiRoot, Optional<URI> baseUrl,
                      Optional<String> appId, Optional<URI> siteUrl) {

    public enum Kind {
        GITHUB, GITEA, FORGEJO;

        /** Decap's name of the backend. */
        public String decapName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The API address when none is given (github.com's; Gitea and Forgejo have none). */
        URI defaultApi() {
            return URI.create("https://api.github.com");
        }

        /**
         * Whether Decap makes a branch and a pull request per change (editorial workflow) with this backend;
         * Decap's plain gitea backend commits straight to the branch, so Kring points it at an editing branch.
         */
        public boolean pullRequests() {
            return this != GITEA;
        }
    }

    public GitHost {
        if (!repo.matches("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException(repo);
        }
        if (kind != Kind.GITHUB && apiRoot.isEmpty()) {
            throw new IllegalArgumentException("cms.apiRoot.missing");  // the CLI reports it first, in words
        }
    }

    /** The API origin the admin page's Content-Security-Policy must allow in connect-src. */
    public String apiOrigin() {
        URI api = apiRoot.orElse(kind.defaultApi());
        return api.getScheme() + "://" + api.getRawAuthority();
    }

    /** Origins the editor talks to besides the API (sign-in, files), for connect-src. */
    public java.util.List<String> otherOrigins() {
        java.util.List<String> origins = new java.util.ArrayList<>();
        if (kind == Kind.GITHUB) {
            // file contents and uploads come from raw.githubusercontent.com; sign-in opens base_url in a window
            origins.add("https://raw.githubusercontent.com");
        }
        baseUrl.map(u -> u.getScheme() + "://" + u.getRawAuthority()).filter(o -> !o.equals(apiOrigin()))
                .ifPresent(origins::add);
        return origins;
    }
}
