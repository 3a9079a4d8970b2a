package nl.kring.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/** What a build wrote: per region its files, pages, bytes and search export, and one digest of it all. */
record OutputStats(List<RegionStats> regions, String digest) {

    /** One region's output; the search export's size raw and as gzip would send it (each file, level 6). */
    record RegionStats(String id, int files, int pages, long bytes, long searchBytes, long searchGzipBytes,
                       int searchDocuments) {
    }

    private static final java.util.regex.Pattern DOCUMENTS = java.util.regex.Pattern.compile("\"documents\":(\\d+)");

    static OutputStats of(Path dist) {
        try (Stream<Path> dirs = Files.list(dist)) {
            List<Path> regionDirs = dirs.filter(Files::isDirectory)
                    .filter(d -> !d.getFileName().toString().startsWith("."))
                    .sorted().toList();
            List<RegionStats> regions = new ArrayList<>();
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path dir : regionDirs) {
                regions.add(region(dist, dir, digest));
            }
            return new OutputStats(regions, HexFormat.of().formatHex(digest.digest()).substring(0, 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RegionStats region(Path dist, Path dir, MessageDigest digest) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        }
        int pages = 0;
        long bytes = 0;
        long search = 0;
        long searchGzip = 0;
        int documents = 0;
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            String relative = dist.relativize(file).toString();
            digest.update(relative.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(content);
            bytes += content.length;
            if (relative.endsWith(".html")) {
                pages++;
            }
            if (dir.relativize(file).toString().startsWith("search/")) {
                search += content.length;
                searchGzip += gzipped(content);
            }
            if (relative.endsWith("/search/index.json")) {
                java.util.regex.Matcher m = DOCUMENTS.matcher(new String(content, StandardCharsets.UTF_8));
                documents = m.find() ? Integer.parseInt(m.group(1)) : 0;
            }
        }
        return new RegionStats(dir.getFileName().toString(), files.size(), pages, bytes, search, searchGzip,
                documents);
    }

    static long gzipped(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        }
        return out.size();
    }

    int files() {
        return regions.stream().mapToInt(RegionStats::files).sum();
    }

    int searchDocuments() {
        return regions.stream().mapToInt(RegionStats::searchDocuments).sum();
    }

    int pages() {
        return regions.stream().mapToInt(RegionStats::pages).sum();
    }

    long bytes() {
        return regions.stream().mapToLong(RegionStats::bytes).sum();
    }

    /** The region with the most pages: the one the memory and search figures are about. */
    RegionStats largest() {
        return regions.stream().max(Comparator.comparingInt(RegionStats::pages)).orElseThrow();
    }

    RegionStats medianBySearchSize() {
        List<RegionStats> sorted = regions.stream().sorted(Comparator.comparingLong(RegionStats::searchBytes)).toList();
        return sorted.get(sorted.size() / 2);
    }
}
