package nl.kring.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Static files of a theme, with content-hashed names so browsers may cache them forever: the
 * logical name {@code style.css} becomes {@code /assets/style.1a2b3c4d5e.css}. Scripts and stylesheets are
 * published without their comment lines ({@link AssetComments}).
 */
public final class Assets {

    private final Map<String, Asset> byName;

    /** One static file: its logical name, site path and bytes. */
    public record Asset(String name, String sitePath, byte[] bytes) {
    }

    private Assets(Map<String, Asset> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** The theme chain's {@code assets/} folders, the most specific theme winning. */
    public static Assets of(Theme theme) {
        Map<String, Asset> assets = new TreeMap<>();
        List<Path> chain = theme.chain();
        for (int i = chain.size() - 1; i >= 0; i--) {
            Path dir = chain.get(i).resolve("assets");
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = dir.relativize(file).toString().replace('\\', '/');
                    assets.put(name, hashed(name, AssetComments.stripped(name, Files.readAllBytes(file))));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Assets(assets);
    }

    /** A copy with extra generated files (a region's brand stylesheet, its logo). */
    public Assets with(Map<String, byte[]> extra) {
        Map<String, Asset> all = new TreeMap<>(byName);
        extra.forEach((name, bytes) -> all.put(name, hashed(name, bytes)));
        return new Assets(all);
    }

    public static Asset hashed(String name, byte[] bytes) {
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        String ext = dot < 0 ? "" : name.substring(dot);
        return new Asset(name, "/assets/" + stem + "." + shortHash(bytes) + ext, bytes);
    }

    public static String shortHash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The site path of a logical asset name, or null when the theme has no such asset. */
    public String path(String name) {
        Asset asset = byName.get(name);
        return asset == null ? null : asset.sitePath();
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }

    public List<Asset> all() {
        return List.copyOf(byName.values());
    }
}
