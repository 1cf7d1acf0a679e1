package nl.thuisbasis.facility.layers;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;

/** The query parameters of an items request of OGC API Features (Part 1: Core), checked as the standard asks. */
final class OgcParameters {

    private OgcParameters() {
    }

    /** The query parameters of the items: the standard's, and the language switch's. */
    static final Set<String> ITEM_PARAMETERS = Set.of("bbox", "limit", "offset", "f", "datetime", "lang");

    /**
     * A {@code datetime} as the standard has it: an RFC 3339 date-time or date, or an interval of two with {@code ..}
     * for an open end. The collections have no time of their own, so every feature matches a valid one.
     */
    static void checkDatetime(String datetime) {
        if (datetime == null) {
            return;
        }
        String[] ends = datetime.split("/", -1);
        boolean valid = ends.length <= 2 && !(ends.length == 2 && openEnd(ends[0]) && openEnd(ends[1]));
        for (String end : ends) {
            valid = valid && (ends.length == 2 && openEnd(end) || instant(end));
        }
        if (!valid) {
            throw Refused.badRequest(Problem.at("datetime", "facility.ogc.problem.datetime"));
        }
    }

    private static boolean openEnd(String end) {
        return end.isEmpty() || end.equals("..");
    }

    private static boolean instant(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException notDateTime) {
            try {
                LocalDate.parse(text);
                return true;
            } catch (DateTimeParseException notDate) {
                return false;
            }
        }
    }

    /** An unknown parameter is an error (a typo must not silently return everything); a datetime must be one. */
    static void check(Set<String> names, String datetime) {
        for (String name : names) {
            if (!ITEM_PARAMETERS.contains(name)) {
                throw Refused.badRequest(Problem.at(name.length() > 40 ? "parameter" : name, "facility.ogc.problem.parameter",
                        name.length() > 40 ? name.substring(0, 40) + "…" : name));
            }
        }
        checkDatetime(datetime);
    }
}
