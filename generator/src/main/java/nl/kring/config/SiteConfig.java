package nl.kring.config;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * site-config.yml: the network and its regions.
 *
 * @param urgentHelp the network's "Hulp nodig nu?" notice, or null; a region may have its own
 * @param statements the network's security.txt, open data licence and accessibility settings; a region may have its own
 * @param carnival   whether the network's groups are where carnival is kept (Limburg, Brabant): a meeting from its
 *                   Saturday to its Tuesday is then pointed out to the editor as one on a public holiday is
 */
public record SiteConfig(String title, String language, ZoneId timezone, int staleAfterMonths,
                         List<RegionConfig> regions, UrgentHelp urgentHelp, SiteStatements statements,
                         boolean carnival) {

    public SiteConfig(String title, String language, ZoneId timezone, int staleAfterMonths, List<RegionConfig> regions,
                      UrgentHelp urgentHelp, SiteStatements statements) {
        this(title, language, timezone, staleAfterMonths, regions, urgentHelp, statements, false);
    }

    public SiteConfig(String title, String language, ZoneId timezone, int staleAfterMonths, List<RegionConfig> regions,
                      UrgentHelp urgentHelp) {
        this(title, language, timezone, staleAfterMonths, regions, urgentHelp, SiteStatements.NONE);
    }

    public SiteConfig(String title, String language, ZoneId timezone, int staleAfterMonths, List<RegionConfig> regions) {
        this(title, language, timezone, staleAfterMonths, regions, null);
    }

    public static final String FILE_NAME = "site-config.yml";

    public SiteConfig {
        regions = List.copyOf(regions);
        statements = statements == null ? SiteStatements.NONE : statements;
    }

    /** What a region's site says about itself: the region's own settings, else the network's, block by block. */
    public SiteStatements statementsFor(RegionConfig region) {
        return region.statements().orElse(statements);
    }

    /** The notice a region's pages show: its own, else the network's; null when neither has one. */
    public UrgentHelp urgentHelpFor(RegionConfig region) {
        return region.urgentHelp() != null ? region.urgentHelp() : urgentHelp;
    }

    public Optional<RegionConfig> region(String id) {
        return regions.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
