package nl.thuisbasis.outflow.common;

import java.util.HashMap;
import java.util.Map;
import nl.thuisbasis.identity.Organisations;
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.RegionCatalog;
import org.springframework.stereotype.Component;

/**
 * The names behind the codes on outflow pages and answers: areas (GM/WK/BU) and organisations. A list asks for the same
 * few names on every row, so {@link #lookup()} gives a memo for one request that asks the database once per code.
 */
@Component
public class OutflowNames {

    private final RegionCatalog catalog;
    private final Organisations organisations;

    OutflowNames(RegionCatalog catalog, Organisations organisations) {
        this.catalog = catalog;
        this.organisations = organisations;
    }

    /** Names for one piece of work (a list, a report); not kept beyond it, so a re-import is seen at once. */
    public Lookup lookup() {
        return new Lookup();
    }

    public String area(String code) {
        return code == null ? null : catalog.area(code).map(Area::name).orElse(code);
    }

    public String organisation(String code) {
        return organisations.nameOf(code);
    }

    public final class Lookup {
        private final Map<String, String> areas = new HashMap<>();
        private final Map<String, String> organisationNames = new HashMap<>();

        public String area(String code) {
            return code == null ? null : areas.computeIfAbsent(code, OutflowNames.this::area);
        }

        public String organisation(String code) {
            return code == null ? null : organisationNames.computeIfAbsent(code, OutflowNames.this::organisation);
        }
    }
}
