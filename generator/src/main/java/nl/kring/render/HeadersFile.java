package nl.kring.render;

/**
 * The {@code _headers} file of a region, read by Netlify and Cloudflare Pages, which serve a site at the root of
 * its host (so its paths do not carry the base path). The {@code /insluiten/*} rule comes after {@code /*} and
 * sets only the Content-Security-Policy: Netlify sends the later rule's value, and browsers that know
 * {@code frame-ancestors} ignore the X-Frame-Options that {@code /*} leaves on it. Cloudflare Pages joins the
 * values of matching rules instead; there both policies hold, so the embed pages stay unframeable (see
 * docs/publishing.md). Only {@code /assets/} and {@code /media/} hold nothing but content-hashed files, so
 * only they are cached for a year; the host's own default (check before use) holds for the rest.
 */
final class HeadersFile {

    private HeadersFile() {
    }

    static String text(HostingFiles hosting) {
        SecurityHeaders policy = hosting.headers();
        StringBuilder out = new StringBuilder(hosting.origin("#"));
        out.append("# Security headers for hosts that read this file (Netlify, Cloudflare Pages).\n");
        out.append("/*\n");
        policy.pageHeaders().forEach(header -> out.append("  ").append(header).append('\n'));
        if (policy.embeddable()) {
            out.append("/insluiten/*\n");
            policy.embedHeaders().stream().filter(h -> h.name().equals("Content-Security-Policy"))
                    .forEach(header -> out.append("  ").append(header).append('\n'));
        }
        out.append('/').append(SecurityHeaders.OPEN_DATA_FOLDER).append("*\n  ")
                .append(SecurityHeaders.OPEN_DATA_READABLE_EVERYWHERE).append('\n');
        for (String folder : new String[] {"/assets/*", "/media/*"}) {
            out.append(folder).append("\n  Cache-Control: ").append(HostingFiles.CACHE_HASHED).append('\n');
        }
        return out.toString();
    }
}
