package nl.thuisbasis.outflow.matching;

import nl.thuisbasis.identity.Viewer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.candidate.CandidateReading;
import nl.thuisbasis.outflow.candidate.CandidateRepository;
import nl.thuisbasis.outflow.candidate.CandidateView;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.domain.CandidateAccess;
import nl.thuisbasis.outflow.domain.matching.MatchingResult;
import nl.thuisbasis.outflow.domain.matching.Rule;
import nl.thuisbasis.outflow.vacancy.Vacancies;
import nl.thuisbasis.outflow.vacancy.VacancyRepository;
import org.springframework.stereotype.Component;

/**
 * A round as one viewer may see it: a corporation its own dwellings with the proposal (the minimal fields of the
 * proposed candidate) and the rest of the list by place only; a provider or municipality its own candidates, proposed
 * where or left out why; everyone the aggregates. Every candidate shown, also by place alone, is logged as a read.
 */
@Component
class RoundViews {

    private final CandidateRepository candidates;
    private final CandidateReading reading;
    private final VacancyRepository vacancies;
    private final MatchingRepository repository;
    private final ProcessingLog log;
    private final RoundTexts texts;

    RoundViews(CandidateRepository candidates, CandidateReading reading, VacancyRepository vacancies, MatchingRepository repository,
            ProcessingLog log, RoundTexts texts) {
        this.candidates = candidates;
        this.reading = reading;
        this.vacancies = vacancies;
        this.repository = repository;
        this.log = log;
        this.texts = texts;
    }

    /** A read of a candidate to log: whom, and the details as a message key with its arguments. */
    private record Read(UUID candidate, String key, Object... args) {
    }

    Matching.RunView view(CurrentUser user, MatchingRepository.RunRow run) {
        MatchingResult result = run.stored().result();
        Map<Rule, Integer> byRule = new EnumMap<>(Rule.class);
        int withoutOpen = 0;
        for (MatchingResult.LeftOut out : result.leftOut().values()) {
            out.blockedByRule().forEach((rule, count) -> byRule.merge(rule, 1, Integer::sum));
            if (out.openVacancies() == 0) {
                withoutOpen++;
            }
        }
        Viewer viewer = OutflowAccess.viewer(user);
        List<Matching.VacancyProposal> proposals = new ArrayList<>();
        List<UUID> shownMinimal = new ArrayList<>();
        List<Read> listed = new ArrayList<>();
        if (user.role() == Role.CORPORATION) {
            // the corporation's own dwellings of the round, their proposals and adoptions: one query each
            String corporation = user.organisation().code();
            Map<UUID, Vacancies.VacancyView> own = new HashMap<>(vacancies.findAll(result.rankedPerVacancy().keySet().stream()
                    .map(UUID::fromString).toList()));
            own.values().removeIf(v -> !v.corporationCode().equals(corporation));
            Map<UUID, CandidateView> minimal = reading.minimalViews(own.keySet().stream()
                    .map(v -> result.assignment().get(v.toString())).filter(Objects::nonNull).map(UUID::fromString)
                    .toList(), corporation);
            Map<UUID, Map.Entry<UUID, String>> adoptions = repository.adoptedFor(List.copyOf(own.keySet()));
            for (Map.Entry<String, List<MatchingResult.Ranked>> e : result.rankedPerVacancy().entrySet()) {
                Vacancies.VacancyView vacancy = own.get(UUID.fromString(e.getKey()));
                if (vacancy == null) {
                    continue;
                }
                String proposedId = result.assignment().get(e.getKey());
                CandidateView proposed = proposedId == null ? null : minimal.get(UUID.fromString(proposedId));
                if (proposed != null) {
                    shownMinimal.add(proposed.id());
                }
                List<Matching.RankedView> ranked = new ArrayList<>();
                for (MatchingResult.Ranked r : e.getValue()) {
                    // the corporation sees the proposed candidate's minimal fields; the others on its list only by
                    // their place; for all of them how long they waited and whether they are proposed elsewhere, not
                    // their order of municipalities or origin (not among the minimal fields); it chooses by place
                    boolean shown = r.proposed() && proposed != null;
                    ranked.add(new Matching.RankedView(r.place(), shown ? proposed.id() : null,
                            shown ? proposed.reference() : texts.anonymous(r.place()), r.proposed(),
                            texts.reasons(r.anonymousReasons())));
                    if (!shown) {
                        listed.add(new Read(UUID.fromString(r.candidateId()), "out.log.matching.listed", r.place(),
                                vacancy.id().toString(), run.id().toString()));
                    }
                }
                Optional<Map.Entry<UUID, String>> adopted = Optional.ofNullable(adoptions.get(vacancy.id()));
                adopted.filter(a -> !shownMinimal.contains(a.getKey())).ifPresent(a -> listed.add(new Read(a.getKey(),
                        "out.log.matching.adopted", vacancy.id().toString())));
                // the proposal's id only while the corporation may see that candidate (the link can have ended since)
                Integer proposedPlace = ranked.stream().filter(Matching.RankedView::proposedHere).map(Matching.RankedView::place)
                        .findFirst().orElse(null);
                proposals.add(new Matching.VacancyProposal(vacancy, proposed == null ? null : proposed.id(), proposedPlace,
                        proposed, ranked, adopted.map(Map.Entry::getKey).orElse(null), adopted.map(Map.Entry::getValue).orElse(null)));
            }
        }
        List<Matching.CandidateOutcome> outcomes = new ArrayList<>();
        if (user.role() == Role.PROVIDER || user.role() == Role.MUNICIPALITY) {
            Map<String, String> vacancyOf = new HashMap<>();
            result.assignment().forEach((v, c) -> vacancyOf.put(c, v));
            Set<String> ids = new HashSet<>(vacancyOf.keySet());
            ids.addAll(result.leftOut().keySet());
            // the round's candidates and proposed dwellings, one query each, then only the viewer's own candidates
            Map<UUID, CandidateRepository.Row> rows = candidates.findAll(ids.stream().map(UUID::fromString).toList());
            Map<UUID, Vacancies.VacancyView> proposedTo = vacancies.findAll(vacancyOf.values().stream().map(UUID::fromString)
                    .toList());
            for (String id : ids) {
                CandidateRepository.Row row = rows.get(UUID.fromString(id));
                if (row == null || CandidateAccess.level(viewer, row.subject(Set.of())) != CandidateAccess.Level.FULL) {
                    continue;
                }
                String v = vacancyOf.get(id);
                String vacancyText = v == null ? null : Optional.ofNullable(proposedTo.get(UUID.fromString(v)))
                        .map(x -> x.address() + ", " + x.municipalityName() + " (" + x.corporationName() + ")").orElse(v);
                MatchingResult.LeftOut out = result.leftOut().get(id);
                outcomes.add(new Matching.CandidateOutcome(UUID.fromString(id), row.reference(),
                        v == null ? null : UUID.fromString(v), vacancyText, out == null ? null : texts.leftOut(out),
                        out == null ? Map.of() : out.blockedByRule(), out == null ? null : out.openVacancies()));
            }
            outcomes.sort(Comparator.comparing(Matching.CandidateOutcome::reference));
        }
        List<Processing> reads = new ArrayList<>();
        shownMinimal.forEach(id -> reads.add(read(new Read(id, "out.log.matching.proposal", run.id().toString()))));
        outcomes.forEach(o -> reads.add(read(new Read(o.candidateId(), "out.log.matching.outcome", run.id().toString()))));
        listed.forEach(l -> reads.add(read(l)));
        log.recordEach(reads);
        return new Matching.RunView(run.id(), run.regionCode(), run.runAt(), run.runBy(), run.candidates(), run.vacancies(),
                run.housed(), byRule, withoutOpen, proposals, outcomes, texts.notes(run.stored().notes()));
    }

    private static Processing read(Read read) {
        return Processing.of("outflow.candidate.read", "candidate", read.candidate().toString(), OutflowAccess.PURPOSE,
                LegalBasis.PRIORITY_SCHEME).withDetailsKey(read.key(), read.args());
    }
}
