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
                    if (isListed(file, attributes)) {
                        found.add(file);
                        if (attributes.isRegularFile()) {
                            stamps.put(file, stampOf(attributes));
                        }
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
            if (attributes.isDirectory()) {
                return null;
            }
            stamps.remove(file);
            if (isListed(file, attributes)) {
                known.add(file);
                if (attributes.isRegularFile()) {
                    stamps.put(file, stampOf(attributes));
                }
            } else {
                known.remove(file);
            }
        }
        if (known != null && (known.size() != files.size() || !known.containsAll(files))) {
            files = sorted(new ArrayList<>(known));
        }
        return new ContentListing(files, stamps);
    }

    /**
     * The file's size and time as this listing read them, or read now (a symbolic link's target, a file the
     * listing does not hold); null when it cannot be read.
     */
    ReadCache.Stamp stampOf(Path file) {
        ReadCache.Stamp listed = stamps.get(file);
        return listed != null ? listed : ReadCache.Stamp.of(file);
    }

    /** A file the listing holds: not hidden, and a file or a symbolic link to one (read without following it). */
    private static boolean isListed(Path file, BasicFileAttributes attributes) {
        return file.getFileName().toString().charAt(0) != '.'
                && (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file));
    }

    private static ReadCache.Stamp stampOf(BasicFileAttributes attributes) {
        return new ReadCache.Stamp(attributes.size(), attributes.lastModifiedTime());
    }

    /** Sorted by path text, made once per file (UnixPath.toString makes a new string at each call). */
    private static List<Path> sorted(List<Path> files) {
        record Named(String name, Path path) {
        }
        return files.stream().map(f -> new Named(f.toString(), f)).sorted(Comparator.comparing(Named::name))
                .map(Named::path).toList();
    }
}
