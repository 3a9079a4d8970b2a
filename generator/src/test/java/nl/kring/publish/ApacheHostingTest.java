package nl.kring.publish;

import java.nio.file.Path;
import java.util.List;

import nl.kring.testing.Apache;
import nl.kring.testing.LocalServerProcess;

/** The sample served by Debian's Apache (apache2-bin) with each region's generated {@code .htaccess}. */
class ApacheHostingTest extends RealServerHostingTest {

    @Override
    Served serve(Path roermond, Path westelijkeMijnstreek, Path hostRoot) {
        LocalServerProcess apache = Apache.start(List.of(roermond, hostRoot));
        return new Served(apache, apache.origin(0), apache.origin(1));
    }
}
