package nl.kring.format;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Replaces an editor's file as a whole: written beside it and moved over it, so the preview's watcher and any
 * reader see the old file or the new one, never half of one. Used by {@code kring fmt} and the web editor's saves.
 */
public final class FileReplacement {

    private FileReplacement() {
    }

    /**
     * @param tempPrefix names the temporary file, so a leftover one says who made it
     */
    public static void replace(Path target, byte[] bytes, String tempPrefix) throws IOException {
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), tempPrefix, ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                // a temporary file is private (rw-------); the file keeps the old one's permissions, or gets the
                // usual ones for a new file in a working copy
                Files.setPosixFilePermissions(temp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                        : PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the default permissions of a new file apply
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
