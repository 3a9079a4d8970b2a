package nl.kring.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files of the content folder (hidden files left out), sorted by path, with the size and time read for
 * each regular file while listing them.
 */
record ContentListing(List<Path> files, Map<Path, ReadCache.Stamp> stamps) {

    /**
     * Every file under {@code dir} but hidden ones. One walk reads each file's attributes once (a symbolic link
     * is followed to see whether it leads to a file); the stamps it reads are used again to see which files
     * changed since the last build. On a national network that is 27,500 files, and listing them was a third of
     * the preview's rebuild after a save: a second round of attributes per file, and sorting by a path text
     * made anew at each comparison.
     */
    static ContentListing of(Path dir) {
        List<Path> found = new ArrayList<>();
        Map<Path, ReadCache.Stamp> stamps = new HashMap<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (file.getFileName().toString().charAt(0) == '.') {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attributes.isRegularFile()) {
                        stamps.put(file, new ReadCache.Stamp(attributes.size(), attributes.lastModifiedTime()));
                        found.add(file);
                    } else if (attributes.isSymbolicLink() && Files.isRegularFile(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ContentListing(sorted(found), stamps);
    }

    /**
     * This listing after the files {@code changed} (repository-relative paths, as the preview's watcher reports
     * them; {@code dirName} is the content folder's) changed: only those are looked at again, instead of listing 27,500 files. Null when a change is one
     * this cannot follow (a folder that appeared or went), so the folder must be listed anew.
     */
    ContentListing after(Path dir, String dirName, Set<String> changed) {
        List<Path> files = this.files;
        Map<Path, ReadCache.Stamp> stamps = new HashMap<>(this.stamps);
        java.util.Set<Path> known = null;
        String prefix = dirName + "/";
        for (String path : changed) {
            if (path.isEmpty() || path.equals(dirName)) {
                return null;       // the content folder itself
            }
            if (!path.startsWith(prefix)) {
                continue;          // not content: themes, site-config.yml
            }
            // resolved like the walk's paths, so a file is the same Path here as in the listing
            Path file = dir.resolve(path.substring(prefix.length()));
            if (known == null) {
                known = new java.util.HashSet<>(files);
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                if (!known.contains(file)) {
                    return null;   // perhaps a folder that went, with its files
                }
                known.remove(file);
                stamps.remove(file);
                continue;
            } catch (IOException e) {
                return null;
            }
            boolean hidden = file.getFileName().toString().charAt(0) == '.';
            if (attributes.isDirectory()) {
                return null;
            }
            stamps.remove(file);
            if (!hidden && attributes.isRegularFile()) {
                stamps.put(file, new ReadCache.Stamp(attributes.size(), attributes.lastModifiedTime()));
                known.add(file);
            } else if (!hidden && attributes.isSymbolicLink() && Files.isRegularFile(file)) {
                known.add(file);
            } else {
                known.remove(file);
            }
        }
        if (known != null && (known.size() != files.size() || !known.containsAll(files))) {
            files = sorted(new ArrayList<>(known));
        }
        return new ContentListing(files, stamps);
    }

    /** Sorted by path text, made once per file (UnixPath.toString makes a new string at each call). */
    private static List<Path> sorted(List<Path> files) {
        record Named(String name, Path path) {
        }
        return files.stream().map(f -> new Named(f.toString(), f)).sorted(Comparator.comparing(Named::name))
                .map(Named::path).toList();
    }
}
