package nl.kring.render;

import java.util.List;

/**
 * The Caddy configuration of a region ({@code _hosting/Caddyfile}): directives to {@code import} inside the
 * site block of the host, after its {@code root}. The matchers of the {@code header} directives exclude each
 * other, so the result does not depend on the order in which Caddy runs them.
 */
final class CaddySnippet {

    private CaddySnippet() {
    }

    static String text(HostingFiles hosting) {
        String base = hosting.base();
        SecurityHeaders policy = hosting.headers();
        StringBuilder out = new StringBuilder(hosting.origin("#"));
        out.append("# Import it inside the site block, after 'root * <folder>' (the folder that holds the site at ")
                .append(base).append(").\n");
        if (!base.equals("/")) {
            out.append("redir ").append(base, 0, base.length() - 1).append(' ').append(base).append(" 301\n");
        }
        String all = base + "*";
        String embed = base + "insluiten/*";
        out.append("route ").append(all).append(" {\n");
        out.append("\t# The server configurations are for the server, not for visitors.\n");
        out.append("\t@hidden path ").append(base).append("_headers ").append(base).append(".htaccess ")
                .append(base).append(HostingFiles.FOLDER).append("/*\n");
        out.append("\terror @hidden 404\n");
        out.append("\theader {\n");
        for (SecurityHeaders.Header header : policy.common()) {
            out.append("\t\t").append(header.name()).append(" \"").append(header.value()).append("\"\n");
        }
        out.append("\t}\n");
        out.append("\t@page not path ").append(embed).append('\n');
        out.append("\theader @page {\n");
        frameHeaders(out, policy.pageHeaders());
        out.append("\t}\n");
        out.append("\t# The pages for other sites' iframes: only the sites of 'embedding' in site-config.yml may frame them.\n");
        out.append("\t@embed path ").append(embed).append('\n');
        out.append("\theader @embed {\n");
        frameHeaders(out, policy.embedHeaders());
        out.append("\t}\n");
        out.append("\t# The open data: any site may read it from a script.\n");
        out.append("\t@openData path ").append(base).append(SecurityHeaders.OPEN_DATA_FOLDER).append("*\n");
        out.append("\theader @openData ").append(SecurityHeaders.OPEN_DATA_READABLE_EVERYWHERE.name()).append(" \"")
                .append(SecurityHeaders.OPEN_DATA_READABLE_EVERYWHERE.value()).append("\"\n");
        out.append("\t# Files with a hash of their content in their name never change: keep them for a year.\n");
        out.append("\t@hashed path_regexp ").append(hosting.hashedPattern()).append('\n');
        out.append("\theader @hashed Cache-Control \"").append(HostingFiles.CACHE_HASHED).append("\"\n");
        out.append("\t@unhashed not path_regexp ").append(hosting.hashedPattern()).append('\n');
        out.append("\theader @unhashed Cache-Control \"").append(HostingFiles.CACHE_OTHER).append("\"\n");
        for (HostingFiles.MediaType type : HostingFiles.TYPES) {
            if (type.extension().equals("ics") || type.extension().equals("webmanifest")
                    || type.extension().equals("csv")) {
                String name = "@" + type.extension();
                out.append('\t').append(name).append(" path *.").append(type.extension()).append('\n');
                out.append("\theader ").append(name).append(" Content-Type \"")
                        .append(HostingFiles.contentTypeOf(type)).append("\"\n");
            }
        }
        out.append("\tencode gzip\n");
        out.append("\tfile_server\n");
        out.append("}\n");
        out.append("handle_errors {\n");
        out.append("\t@notFound expression `{err.status_code} == 404 && {path}.startsWith(\"").append(base).append("\")`\n");
        out.append("\thandle @notFound {\n");
        out.append("\t\trewrite * ").append(base).append("404.html\n");
        out.append("\t\theader {\n");
        for (SecurityHeaders.Header header : policy.pageHeaders()) {
            out.append("\t\t\t").append(header.name()).append(" \"").append(header.value()).append("\"\n");
        }
        out.append("\t\t}\n");
        out.append("\t\tfile_server\n");
        out.append("\t}\n");
        out.append("}\n");
        return out.toString();
    }

    private static void frameHeaders(StringBuilder out, List<SecurityHeaders.Header> headers) {
        boolean frameOptions = false;
        for (SecurityHeaders.Header header : headers) {
            if (header.name().equals("Content-Security-Policy") || header.name().equals("X-Frame-Options")) {
                out.append("\t\t").append(header.name()).append(" \"").append(header.value()).append("\"\n");
                frameOptions |= header.name().equals("X-Frame-Options");
            }
        }
        if (!frameOptions) {
            out.append("\t\t-X-Frame-Options\n");
        }
    }
}
