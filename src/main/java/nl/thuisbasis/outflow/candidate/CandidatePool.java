package nl.thuisbasis.outflow.candidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.outflow.candidate.CandidateView.TargetHousing;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.outflow.domain.AffordabilityFit;
import nl.thuisbasis.outflow.domain.Eligibility;
import nl.thuisbasis.outflow.settings.OutflowSettings;
import org.springframework.stereotype.Component;

/** The candidates a matching round may propose, with what the engine needs to know of them. */
@Component
public class CandidatePool {

    private final CandidateRepository repository;
    private final OutflowSettings settings;
    private final OutflowClock clock;

    CandidatePool(CandidateRepository repository, OutflowSettings settings, OutflowClock clock) {
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
    }

    /** What the matching needs of a candidate; read by the engine, never shown. */
    public record Facts(UUID id, String regionCode, LocalDate urgencyGrantedOn, int bedroomsNeeded, boolean groundFloor,
            boolean lift, boolean wheelchair, int maxRentCents, List<String> municipalities, Set<String> excluded,
            String originMunicipality, TargetHousing targetHousing, String providerCode, String decidingMunicipality) {
    }

    /**
     * The pool of a matching round: urgency granted, readiness confirmed, eligible (rules met or excepted), no proposal
     * or offer yet. Candidates without rent limits for this year's passend toewijzen cannot be matched.
     */
    public List<Facts> pool(String regionCode) {
        List<CandidateRepository.Row> rows = repository.urgentAndReady(regionCode);
        Optional<OutflowSettings.Limits> limits = settings.limits(clock.today().getYear());
        List<Eligibility.Rule> rules = settings.activeRules(regionCode);
        List<UUID> ids = rows.stream().map(CandidateRepository.Row::id).toList();
        Map<UUID, Set<String>> exceptions = repository.exceptedRules(ids);
        Map<UUID, List<String>> municipalities = repository.municipalities(ids);
        Map<UUID, Set<String>> excluded = repository.exclusionCodes(ids);
        List<Facts> pool = new ArrayList<>();
        for (CandidateRepository.Row r : rows) {
            if (limits.isEmpty() || !Eligibility.check(rules, r.facts(), exceptions.getOrDefault(r.id(), Set.of())).eligible()) {
                continue;
            }
            pool.add(new Facts(r.id(), r.regionCode(), r.urgencyGrantedOn(), r.bedroomsNeeded(), r.needsGroundFloor(),
                    r.needsLift(), r.needsWheelchair(), AffordabilityFit.maxRent(limits.get().fit(), r.incomeBand(), r.adults(),
                            r.children(), r.ageBand()), municipalities.getOrDefault(r.id(), List.of()),
                    excluded.getOrDefault(r.id(), Set.of()), r.originMunicipality(), r.targetHousing(), r.providerCode(),
                    r.decidingMunicipality()));
        }
        return pool;
    }
}
