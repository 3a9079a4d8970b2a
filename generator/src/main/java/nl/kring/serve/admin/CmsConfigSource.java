package nl.kring.serve.admin;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where the editor's Decap configuration (config.yml) comes from. The seam between {@code kring serve}
 * and the generator of the configuration: the source gives the configuration for hosting as a whole
 * (collections, fields, backend), and {@link AdminHandler} adds what only this computer knows
 * ({@code local_backend} and {@code site_url} pointing at the running preview).
 *
 * <p>Asked again for every request of config.yml, so a changed topics.yml or site-config.yml shows in the
 * editor after a reload.
 */
@FunctionalInterface
public interface CmsConfigSource {

    /**
     * The config.yml text for the repository at {@code root}.
     *
     * @param api  the local backend, e.g. {@code http://127.0.0.1:8080/admin/api/v1} (as the browser named the host)
     * @param site the preview's root, e.g. {@code http://127.0.0.1:8080/}
     */
    String configYaml(Path root, URI api, URI site);
}
