package nl.thuisbasis.reports.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The municipality a typed place names ("Kasperspad, Dordrecht"), for routing a report that has no point and no report
 * card: the municipality whose name appears in the text as a word of its own; when several do, the longest name (so
 * "Hendrik-Ido-Ambacht" is not read as another place in it). Nothing is guessed from a street alone.
 */
public final class PlaceNames {

    private PlaceNames() {
    }

    /** The code of the municipality named in {@code text}, from {@code names} (code to name); empty when none is. */
    public static Optional<String> municipalityIn(String text, Map<String, String> names) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = text.toLowerCase(Locale.ROOT);
        String best = null;
        int bestLength = 0;
        for (Map.Entry<String, String> name : names.entrySet()) {
            if (name.getValue() == null || name.getValue().isBlank()) {
                continue;
            }
            Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name.getValue().toLowerCase(Locale.ROOT))
                    + "(?![\\p{L}\\p{N}])");
            if (name.getValue().length() > bestLength && word.matcher(typed).find()) {
                best = name.getKey();
                bestLength = name.getValue().length();
            }
        }
        return Optional.ofNullable(best);
    }
}
