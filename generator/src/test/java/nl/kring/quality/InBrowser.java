package nl.kring.quality;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser check of the suite works with: the sample sites, served; the one shared headless
 * Chromium; and the deliberately faulty pages each check must reject. {@link QualitySuite} makes them once.
 */
@ExtendWith(QualitySuite.class)
abstract class InBrowser {

    static SampleSite site;
    static Browser browser;
    static QualitySuite.FaultyPages faulty;

    @BeforeAll
    static void start(SampleSite sample, Browser shared, QualitySuite.FaultyPages faultyPages) {
        site = sample;
        browser = shared;
        faulty = faultyPages;
    }
}
