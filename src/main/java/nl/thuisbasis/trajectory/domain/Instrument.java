package nl.thuisbasis.trajectory.domain;

import java.util.List;
import java.util.Locale;

/**
 * A life-domain instrument in one version: its domains in order, each with five levels (1 acute problems ... 5 fully
 * self-reliant) and a short anchored description per level, in Dutch and English. An instrument is data: a region
 * loads its own version (for example the licensed text of the Zelfredzaamheid-Matrix) from a file, and every
 * assessment keeps the version it used.
 */
public record Instrument(String code, int version, List<Domain> domains) {

    public static final int LEVELS = 5;

    public Instrument {
        domains = List.copyOf(domains);
    }

    /** A life domain with its five level descriptions (index 0 is level 1). */
    public record Domain(String code, String nameNl, String nameEn, List<Level> levels) {

        public Domain {
            levels = List.copyOf(levels);
        }

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameNl;
        }

        public Level level(int level) {
            return levels.get(level - 1);
        }
    }

    /** What a level means, in both languages. */
    public record Level(int level, String nl, String en) {

        public String text(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : nl;
        }
    }

    public List<String> domainCodes() {
        return domains.stream().map(Domain::code).toList();
    }

    public java.util.Optional<Domain> domain(String code) {
        return domains.stream().filter(d -> d.code().equals(code)).findFirst();
    }
}
