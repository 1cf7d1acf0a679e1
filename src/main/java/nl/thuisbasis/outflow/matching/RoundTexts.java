package nl.thuisbasis.outflow.matching;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.thuisbasis.outflow.domain.matching.MatchingResult;
import nl.thuisbasis.outflow.domain.matching.Rule;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Problem;
import org.springframework.stereotype.Component;

/**
 * Puts a round into words in the reader's language: the reasons of the ranked lists, why a candidate was left out, the
 * round's notes. What a round stored before these were codes (Dutch sentences) is shown as it was stored.
 */
@Component
class RoundTexts {

    private final Messages messages;

    RoundTexts(Messages messages) {
        this.messages = messages;
    }

    List<String> reasons(List<MatchingResult.Reason> reasons) {
        Locale locale = Messages.locale();
        return reasons.stream().map(r -> reason(r, Map.of(), locale)).toList();
    }

    /** Why a candidate got no proposal, in a sentence. */
    String leftOut(MatchingResult.LeftOut out) {
        return out.reason() == null ? null : reason(out.reason(), out.blockedByRule(), Messages.locale());
    }

    List<String> notes(List<RoundNote> notes) {
        Locale locale = Messages.locale();
        return notes == null ? List.of()
                : notes.stream().map(n -> n.text() != null ? n.text() : messages.text(n.problem(), locale)).toList();
    }

    /** "Candidate 3": one on a vacancy's list whom the viewer may not see. */
    String anonymous(int place) {
        return messages.text("out.ranked.label", place);
    }

    private String reason(MatchingResult.Reason reason, Map<Rule, Integer> blocked, Locale locale) {
        if (reason.text() != null) {
            return reason.text();
        }
        String key = "out.matching.reason." + reason.code().name();
        return switch (reason.code()) {
            case WAITING_SINCE -> messages.text(locale, key, reason.date());
            case CHOICE, TAKEN_BY_OTHERS -> messages.text(locale, key, reason.number());
            // the rules that rule the vacancies out, the one that rules out the most first
            case NO_VACANCY_FITS -> messages.text(locale, key, reason.number(), blocked.entrySet().stream()
                    .sorted(Map.Entry.<Rule, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> messages.text(new Problem(null, null, "out.matching.reason.blocked",
                            List.of(Problem.label(e.getKey().key()), e.getValue())), locale))
                    .collect(Collectors.joining(", ")));
            default -> messages.text(locale, key);
        };
    }
}
