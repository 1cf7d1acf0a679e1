package nl.thuisbasis.outflow.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.outflow.candidate.CandidatePool;
import nl.thuisbasis.outflow.candidate.CandidateView.TargetHousing;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.outflow.domain.OutflowCap;
import nl.thuisbasis.outflow.domain.matching.Access;
import nl.thuisbasis.outflow.domain.matching.Candidate;
import nl.thuisbasis.outflow.domain.matching.MatchingProblem;
import nl.thuisbasis.outflow.domain.matching.Vacancy;
import nl.thuisbasis.outflow.settings.OutflowSettings;
import nl.thuisbasis.outflow.vacancy.Vacancies;
import nl.thuisbasis.outflow.vacancy.VacancyRepository;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.siting.ScanService;
import org.springframework.stereotype.Component;

/**
 * The engine's input for a region as it is now: the open candidates (urgency granted, ready, eligible), the open
 * vacancies, the corporations' remaining caps and the neighbourhoods the capacity scan marks red for each kind of
 * placement; and the notes the round carries (unknown caps, missing or provisional rent limits, scans without a map).
 */
@Component
class MatchingInput {

    private final CandidatePool pool;
    private final VacancyRepository vacancies;
    private final Vacancies caps;
    private final MatchingRepository repository;
    private final OutflowSettings settings;
    private final ScanService scans;
    private final OutflowClock clock;

    MatchingInput(CandidatePool pool, VacancyRepository vacancies, Vacancies caps, MatchingRepository repository,
            OutflowSettings settings, ScanService scans, OutflowClock clock) {
        this.pool = pool;
        this.vacancies = vacancies;
        this.caps = caps;
        this.repository = repository;
        this.settings = settings;
        this.scans = scans;
        this.clock = clock;
    }

    /** The engine's input for a region, as it is now, with the candidates and vacancies by id and the round's notes. */
    record Input(MatchingProblem problem, Map<String, CandidatePool.Facts> candidates,
            Map<String, Vacancies.VacancyView> vacancies, List<RoundNote> notes) {
    }

    Input of(String regionCode) {
        List<RoundNote> notes = new ArrayList<>();
        Map<String, CandidatePool.Facts> facts = new LinkedHashMap<>();
        pool.pool(regionCode).forEach(f -> facts.put(f.id().toString(), f));
        int year = clock.today().getYear();
        Optional<OutflowSettings.Limits> limits = settings.limits(year);
        if (limits.isEmpty()) {
            notes.add(RoundNote.of("out.matching.note.noLimits", year));
        } else if (limits.get().provisional()) {
            notes.add(RoundNote.of("out.matching.note.provisionalLimits", limits.get().source()));
        }
        Map<String, Vacancies.VacancyView> open = new LinkedHashMap<>();
        vacancies.open(regionCode).forEach(v -> open.put(v.id().toString(), v));
        OutflowSettings.Norms norms = settings.norms(regionCode);
        Map<String, Integer> remaining = new HashMap<>();
        for (String corporation : open.values().stream().map(Vacancies.VacancyView::corporationCode).distinct().sorted().toList()) {
            OutflowCap.State cap = caps.cap(corporation, year, norms.capPercent());
            if (cap.unknown()) {
                remaining.put(corporation, open.size());
                notes.add(RoundNote.of("out.matching.note.capUnknown", name(open, corporation), year));
            } else {
                remaining.put(corporation, cap.remaining());
                if (cap.remaining() == 0) {
                    notes.add(RoundNote.of("out.matching.note.capReached", name(open, corporation), norms.capPercent(), cap.used(),
                            cap.reportedTotal()));
                }
            }
        }
        Map<String, Set<String>> red = new HashMap<>();
        for (TargetHousing kind : TargetHousing.values()) {
            try {
                red.put(kind.name(), scans.redAreas(regionCode, facilityType(kind), 1));
            } catch (Refused e) {
                // the scan's own problem, as a label with its arguments (plain values, so the round can keep them)
                notes.add(RoundNote.of("out.matching.note.noScan", Problem.label("out.housing", kind), e.problems().stream()
                        .map(p -> Problem.label(p.key(), p.args().stream().map(a -> a instanceof Number ? a : String.valueOf(a))
                                .toArray()))
                        .findFirst().orElse(Problem.label("problem.bad-request"))));
            }
        }
        // a dwelling the candidate declined is not proposed to them again
        Map<String, Set<String>> declined = repository.declined(facts.keySet().stream().map(UUID::fromString).toList());
        List<Candidate> cs = facts.values().stream().map(f -> new Candidate(f.id().toString(), f.urgencyGrantedOn(),
                f.bedroomsNeeded(), needs(f), f.maxRentCents(), f.municipalities(), f.excluded(), f.originMunicipality(),
                f.targetHousing().name(), declined.getOrDefault(f.id().toString(), Set.of()))).toList();
        List<Vacancy> vs = open.values().stream().map(v -> new Vacancy(v.id().toString(), v.corporationCode(),
                v.municipalityCode(), v.neighbourhoodCode(), v.bedrooms(), v.rentCents(), access(v))).toList();
        return new Input(new MatchingProblem(cs, vs, remaining, red), facts, open, notes);
    }

    /** A corporation's name, from one of its open vacancies. */
    private static String name(Map<String, Vacancies.VacancyView> open, String corporation) {
        return open.values().stream().filter(v -> v.corporationCode().equals(corporation)).findFirst().orElseThrow()
                .corporationName();
    }

    /** The capacity-scan heatmap that stands for a kind of placement (one dwelling). */
    static FacilityType facilityType(TargetHousing kind) {
        return switch (kind) {
            case HOUSING_FIRST -> FacilityType.HOUSING_FIRST;
            case TENANCY_WITH_CARE -> FacilityType.PROTECTED_HOUSING_AT_HOME;
            case OTHER -> FacilityType.OTHER;
        };
    }

    private static Set<Access> needs(CandidatePool.Facts f) {
        Set<Access> needs = new HashSet<>();
        if (f.groundFloor()) {
            needs.add(Access.GROUND_FLOOR);
        }
        if (f.lift()) {
            needs.add(Access.LIFT);
        }
        if (f.wheelchair()) {
            needs.add(Access.WHEELCHAIR);
        }
        return needs;
    }

    /** A ground-floor dwelling needs no lift; a lift serves someone who cannot take the stairs. */
    static Set<Access> access(Vacancies.VacancyView v) {
        Set<Access> access = new HashSet<>();
        if (v.groundFloor()) {
            access.add(Access.GROUND_FLOOR);
            access.add(Access.LIFT);
        }
        if (v.lift()) {
            access.add(Access.LIFT);
        }
        if (v.wheelchair()) {
            access.add(Access.WHEELCHAIR);
        }
        return access;
    }
}
