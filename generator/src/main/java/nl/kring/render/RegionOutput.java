package nl.kring.render;

import java.util.List;

/**
 * Every file of one region's site, and what it took to make them.
 *
 * @param pages    the HTML pages with their inputs, for the next (incremental) render
 * @param rendered HTML pages rendered this time
 * @param reused   HTML pages taken unchanged from the previous render
 */
public record RegionOutput(List<OutputFile> files, RenderedPages pages, int rendered, int reused) {

    public RegionOutput {
        files = List.copyOf(files);
    }
}
