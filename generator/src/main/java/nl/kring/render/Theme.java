package nl.kring.render;

import java.nio.file.Path;
import java.util.List;

/**
 * A theme and the themes it extends, most specific first: templates, assets and messages are looked
 * up along this chain, so a theme only contains what it overrides.
 */
public record Theme(String name, List<Path> chain) {

    public Theme {
        chain = List.copyOf(chain);
    }
}
