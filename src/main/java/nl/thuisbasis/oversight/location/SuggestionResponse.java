package nl.thuisbasis.oversight.location;

import java.util.List;
import java.util.Optional;
import nl.thuisbasis.oversight.domain.Regime;
import nl.thuisbasis.oversight.domain.RegimeSuggestion;
import nl.thuisbasis.platform.Messages;

/** A regime suggestion from the reports, with its reasons in the reader's language. */
public record SuggestionResponse(Regime from, Regime to, List<String> reasons) {

    public static SuggestionResponse from(Optional<RegimeSuggestion.Suggestion> suggestion, Messages messages) {
        return suggestion.map(s -> new SuggestionResponse(s.from(), s.to(), messages.texts(s.reasons()))).orElse(null);
    }
}
