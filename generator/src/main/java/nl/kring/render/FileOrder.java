package nl.kring.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How a region's files, in the order the renderer makes them, are sorted by path. The preview keeps it for the next
 * build: when that makes files with the same paths in the same order (most saves), it puts them in the same places
 * without comparing paths again; sorting a national region's thousands of files anew for each of 30 regions was a
 * noticeable part of an online group's save.
 */
final class FileOrder {

    static final FileOrder NONE = new FileOrder(new String[0], new int[0]);

    /** The paths in the order they were made. */
    private final String[] made;
    /** For each place in the sorted list, the index in {@code made} of the file that goes there. */
    private final int[] sorted;

    private FileOrder(String[] made, int[] sorted) {
        this.made = made;
        this.sorted = sorted;
    }

    /** The files sorted by path, and how; {@code files} in the order they were made. */
    record Sorted(List<OutputFile> files, FileOrder order) {
    }

    Sorted sort(List<OutputFile> files) {
        if (sameMade(files)) {
            List<OutputFile> result = new ArrayList<>(files.size());
            for (int index : sorted) {
                result.add(files.get(index));
            }
            return new Sorted(result, this);
        }
        String[] paths = new String[files.size()];
        Integer[] indices = new Integer[files.size()];
        for (int i = 0; i < paths.length; i++) {
            paths[i] = files.get(i).path();
            indices[i] = i;
        }
        Arrays.sort(indices, Comparator.comparing(i -> paths[i]));  // stable: equal paths keep the order made
        List<OutputFile> result = new ArrayList<>(files.size());
        int[] order = new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            order[k] = indices[k];
            result.add(files.get(indices[k]));
        }
        return new Sorted(result, new FileOrder(paths, order));
    }

    private boolean sameMade(List<OutputFile> files) {
        if (files.size() != made.length) {
            return false;
        }
        for (int i = 0; i < made.length; i++) {
            if (!made[i].equals(files.get(i).path())) {
                return false;
            }
        }
        return true;
    }
}
