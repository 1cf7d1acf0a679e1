package nl.thuisbasis.trajectory.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.identity.People;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.trajectory.domain.AssessmentRules.DomainScore;
import nl.thuisbasis.trajectory.domain.Instrument;
import org.springframework.stereotype.Component;

/** Assessments and instruments as the API answers them: codes with the names a person reads, in the request's language. */
@Component
class AssessmentResponses {

    private final People people;

    AssessmentResponses(People people) {
        this.people = people;
    }

    AssessmentHistoryResponse history(Assessments.History history) {
        Map<String, String> names = new HashMap<>();
        Locale locale = Messages.locale();
        List<AssessmentResponse> assessments = history.assessments().stream().map(a -> assessment(a, names, locale)).toList();
        Instrument latest = history.assessments().isEmpty() ? null : history.assessments().getLast().instrument();
        List<AssessmentHistoryResponse.DomainChangeResponse> changes = history.changes().stream()
                .map(c -> new AssessmentHistoryResponse.DomainChangeResponse(c.domain(), domainName(latest, c.domain(), locale),
                        c.latest(), c.previous(), c.delta().orElse(null), c.target(), c.targetReached()))
                .toList();
        return new AssessmentHistoryResponse(history.client().id(), assessments, changes);
    }

    /** One assessment of the history, or empty when it has no assessment with this id. */
    java.util.Optional<AssessmentResponse> one(Assessments.History history, UUID id) {
        return history.assessments().stream().filter(a -> a.id().equals(id)).findFirst()
                .map(a -> assessment(a, new HashMap<>(), Messages.locale()));
    }

    InstrumentResponse instrument(Instrument instrument) {
        Locale locale = Messages.locale();
        return new InstrumentResponse(instrument.code(), instrument.version(), instrument.domains().stream()
                .map(d -> new InstrumentResponse.DomainResponse(d.code(), d.name(locale), d.levels().stream()
                        .map(l -> new InstrumentResponse.LevelResponse(l.level(), l.text(locale))).toList()))
                .toList());
    }

    private AssessmentResponse assessment(Assessments.Assessment a, Map<String, String> names, Locale locale) {
        // the domains in the order of the instrument the assessment was made with
        Map<String, DomainScore> left = new LinkedHashMap<>(a.scores());
        List<AssessmentResponse.DomainScoreResponse> scores = new ArrayList<>();
        for (Instrument.Domain domain : a.instrument().domains()) {
            DomainScore s = left.remove(domain.code());
            if (s != null) {
                scores.add(new AssessmentResponse.DomainScoreResponse(domain.code(), domain.name(locale), s.score(), s.target(),
                        s.note()));
            }
        }
        left.forEach((code, s) -> scores.add(new AssessmentResponse.DomainScoreResponse(code, code, s.score(), s.target(),
                s.note())));
        return new AssessmentResponse(a.id(), a.assessedOn(), a.periodFrom(), a.assessor(),
                a.assessor() == null ? null : names.computeIfAbsent(a.assessor(), people::nameOf), a.instrument().code(),
                a.instrument().version(), scores);
    }

    private static String domainName(Instrument instrument, String code, Locale locale) {
        return instrument == null ? code : instrument.domain(code).map(d -> d.name(locale)).orElse(code);
    }

}
