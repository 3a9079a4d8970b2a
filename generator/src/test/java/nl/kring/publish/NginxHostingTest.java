package nl.kring.publish;

import java.nio.file.Path;
import java.util.List;

import nl.kring.render.HostingFiles;
import nl.kring.testing.LocalServerProcess;
import nl.kring.testing.Nginx;

/** The sample served by Debian's nginx-light with each region's generated {@code _hosting/nginx.conf}. */
class NginxHostingTest extends RealServerHostingTest {

    @Override
    Served serve(Path roermond, Path westelijkeMijnstreek, Path hostRoot) {
        LocalServerProcess nginx = Nginx.start(List.of(
                new Nginx.Site(roermond, roermond.resolve(HostingFiles.NGINX)),
                new Nginx.Site(hostRoot, westelijkeMijnstreek.resolve(HostingFiles.NGINX))));
        return new Served(nginx, nginx.origin(0), nginx.origin(1));
    }
}
