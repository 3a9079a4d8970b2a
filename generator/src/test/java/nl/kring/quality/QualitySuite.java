package nl.kring.quality;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives quality tests what is expensive to make, made once per test run and closed at its end:
 * the built sample network with a server per region ({@link SampleSite}), a server for the
 * deliberately faulty fixture pages ({@link FaultyPages}) and one shared headless {@link Browser}.
 * Test classes ask for them as parameters of their {@code @BeforeAll} method.
 */
final class QualitySuite implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == SampleSite.class || type == Browser.class || type == FaultyPages.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.create(QualitySuite.class));
        if (type == SampleSite.class) {
            return store.getOrComputeIfAbsent(SampleSite.class, k -> SampleSite.build(), SampleSite.class);
        }
        if (type == FaultyPages.class) {
            return store.getOrComputeIfAbsent(FaultyPages.class,
                    k -> new FaultyPages(new StaticServer(Path.of("src/test/resources/quality/faulty"), "/")),
                    FaultyPages.class);
        }
        return store.getOrComputeIfAbsent(Browser.class, k -> new Browser(), Browser.class);
    }

    /** The hand-written pages under {@code src/test/resources/quality/faulty/}, each with one fault a check must catch. */
    record FaultyPages(StaticServer server) implements AutoCloseable {

        String url(String file) {
            return server.url("/" + file);
        }

        @Override
        public void close() {
            server.close();
        }
    }
}
