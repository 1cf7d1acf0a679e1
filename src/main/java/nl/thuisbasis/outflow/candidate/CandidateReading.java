package nl.thuisbasis.outflow.candidate;

import nl.thuisbasis.identity.Viewer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.outflow.common.OutflowNames;
import nl.thuisbasis.outflow.common.OutflowRefusals;
import nl.thuisbasis.outflow.common.Slice;
import nl.thuisbasis.outflow.domain.AffordabilityFit;
import nl.thuisbasis.outflow.domain.CandidateAccess;
import nl.thuisbasis.outflow.domain.CandidateStatus;
import nl.thuisbasis.outflow.domain.Eligibility;
import nl.thuisbasis.outflow.settings.OutflowSettings;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading candidates as one viewer may see them ({@link CandidateAccess}): the lists, one candidate, and the minimal
 * fields a linked corporation gets. Every read of candidate data is recorded in the processing log, one entry per
 * candidate shown.
 */
@Service
public class CandidateReading {

    private final CandidateRepository repository;
    private final CandidateLinks links;
    private final OutflowSettings settings;
    private final OutflowNames names;
    private final ProcessingLog log;
    private final OutflowClock clock;
    private final Messages messages;

    CandidateReading(CandidateRepository repository, CandidateLinks links, OutflowSettings settings, OutflowNames names,
            ProcessingLog log, OutflowClock clock, Messages messages) {
        this.repository = repository;
        this.links = links;
        this.settings = settings;
        this.names = names;
        this.log = log;
        this.clock = clock;
        this.messages = messages;
    }

    /** Which candidates to list. */
    public record Filter(CandidateStatus status, String municipality) {
    }

    /** A page of the candidates this user may see; only the candidates on the page are read and logged. */
    @Transactional
    public Slice<CandidateView> list(CurrentUser user, Filter filter, int offset, int limit) {
        Viewer viewer = OutflowAccess.viewer(user);
        if (user.role() != Role.PROVIDER && user.role() != Role.MUNICIPALITY && user.role() != Role.CORPORATION) {
            throw new AccessDeniedException(OutflowAccess.AGGREGATES_ONLY);
        }
        boolean byMunicipality = filter.municipality() != null && !filter.municipality().isBlank();
        if (byMunicipality && user.role() == Role.CORPORATION) {
            // the acceptable municipalities are not among the minimal fields: filtering on them would show them
            throw OutflowRefusals.refused(Problem.at("municipality", "out.problem.candidate.filter.corporation"));
        }
        CandidateRepository.Scope scope = new CandidateRepository.Scope(user.role(), user.organisation().code(),
                user.organisation().municipalityCode(), filter.status(), byMunicipality ? filter.municipality() : null);
        int total = repository.count(scope);
        List<CandidateRepository.Row> rows = repository.list(scope, offset, limit);
        Map<UUID, Set<String>> linked = links.linkedCorporations(rows.stream().map(CandidateRepository.Row::id).toList());
        ViewContext context = new ViewContext();
        List<CandidateView> views = new ArrayList<>();
        for (CandidateRepository.Row r : rows) {
            CandidateAccess.Level level = CandidateAccess.level(viewer, r.subject(linked.getOrDefault(r.id(), Set.of())));
            if (level != CandidateAccess.Level.NONE) {
                views.add(view(r, level, context));
            }
        }
        log.recordEach(views.stream().map(v -> Processing.of("outflow.candidate.read", "candidate", v.id().toString(),
                OutflowAccess.PURPOSE, LegalBasis.PRIORITY_SCHEME).withDetailsKey("out.log.candidate.inList", v.access().name()))
                .toList());
        return new Slice<>(views, total);
    }

    /** One candidate as this user may see it (empty when they may not); the read is recorded. */
    @Transactional
    public Optional<CandidateView> get(CurrentUser user, UUID id) {
        if (user.role() == Role.REGION_COORDINATOR || user.role() == Role.ADMIN) {
            throw new AccessDeniedException(OutflowAccess.AGGREGATES_ONLY);
        }
        Optional<CandidateRepository.Row> row = repository.find(id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        CandidateAccess.Level level = CandidateAccess.level(OutflowAccess.viewer(user), row.get().subject(links.of(id)));
        if (level == CandidateAccess.Level.NONE) {
            log.record(new Processing("outflow.candidate.read", "candidate", id.toString(), OutflowAccess.PURPOSE,
                    LegalBasis.PRIORITY_SCHEME, Processing.Outcome.DENIED, null));
            return Optional.empty();
        }
        CandidateView view = view(row.get(), level, new ViewContext());
        log.record(Processing.of("outflow.candidate.read", "candidate", id.toString(), OutflowAccess.PURPOSE,
                LegalBasis.PRIORITY_SCHEME).withDetails(level.name()));
        return Optional.of(view);
    }

    /** Everything of a candidate, for the answer to a step of its provider or deciding municipality (not logged as a read). */
    CandidateView full(UUID id) {
        return view(repository.find(id).orElseThrow(Refused::notFound), CandidateAccess.Level.FULL, new ViewContext());
    }

    /**
     * The minimal fields of those of these candidates that a corporation is linked to (the caller logs the reads); a
     * candidate whose link has ended, for example one withdrawn since the round, is left out. Three queries for all.
     */
    public Map<UUID, CandidateView> minimalViews(List<UUID> ids, String corporationCode) {
        Map<UUID, Set<String>> linked = links.linkedCorporations(ids);
        ViewContext context = new ViewContext();
        Map<UUID, CandidateView> views = new HashMap<>();
        repository.findAll(ids).forEach((id, r) -> {
            if (linked.getOrDefault(id, Set.of()).contains(corporationCode)) {
                views.put(id, view(r, CandidateAccess.Level.MINIMAL, context));
            }
        });
        return views;
    }

    /** What every candidate of a list shares: names, and per region its rules and categories, this year's limits. */
    private final class ViewContext {
        final OutflowNames.Lookup names = CandidateReading.this.names.lookup();
        final Map<String, List<OutflowSettings.RuleView>> rules = new HashMap<>();
        final Map<String, List<OutflowSettings.Category>> categories = new HashMap<>();
        Optional<OutflowSettings.Limits> limits;

        Optional<OutflowSettings.Limits> limits() {
            if (limits == null) {
                limits = settings.limits(clock.today().getYear());
            }
            return limits;
        }
    }

    private CandidateView view(CandidateRepository.Row r, CandidateAccess.Level level, ViewContext context) {
        OutflowNames.Lookup lookup = context.names;
        String supportName = lookup.organisation(r.supportProvider());
        if (level == CandidateAccess.Level.MINIMAL) {
            return new CandidateView(r.id(), level, r.reference(), r.status(), r.urgencyGrantedOn(), r.adults(), r.children(),
                    r.bedroomsNeeded(), r.needsGroundFloor(), r.needsLift(), r.needsWheelchair(), r.incomeBand(),
                    r.targetHousing(), r.supportProvider(), supportName, r.supportIntensity(), null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null);
        }
        List<String> codes = repository.municipalities(List.of(r.id())).getOrDefault(r.id(), List.of());
        List<CandidateView.Municipality> municipalities = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            municipalities.add(new CandidateView.Municipality(i + 1, codes.get(i), lookup.area(codes.get(i))));
        }
        List<CandidateView.Exclusion> exclusions = repository.exclusions(r.id(), lookup::area);
        Map<String, CandidateView.RuleException> exceptions = repository.exceptions(r.id());
        List<CandidateView.RuleCheck> checks = new ArrayList<>();
        boolean eligible = true;
        for (OutflowSettings.RuleView rule : context.rules.computeIfAbsent(r.regionCode(), settings::rules)) {
            boolean met = Eligibility.meets(rule.rule(), r.facts());
            CandidateView.RuleException exception = exceptions.get(rule.id().toString());
            if (rule.active() || exception != null) {
                checks.add(new CandidateView.RuleCheck(rule.id(), rule.description(), rule.active(), met, exception));
            }
            if (rule.active() && !met && exception == null) {
                eligible = false;
            }
        }
        List<CandidateView.StatusChange> history = repository.history(r.id()).stream()
                .map(h -> new CandidateView.StatusChange(h.from(), h.to(), h.keyed() == null ? h.reason() : messages.text(h.keyed().problem()),
                        h.changedBy(), h.changedAt())).toList();
        Integer maxRent = context.limits()
                .map(l -> AffordabilityFit.maxRent(l.fit(), r.incomeBand(), r.adults(), r.children(), r.ageBand())).orElse(null);
        String rule = AffordabilityFit.applied(r.incomeBand(), r.adults(), r.children(), r.ageBand()).name();
        String categoryLabel = context.categories.computeIfAbsent(r.regionCode(), settings::categories).stream()
                .filter(c -> c.code().equals(r.category())).map(OutflowSettings.Category::label).findFirst().orElse(r.category());
        return new CandidateView(r.id(), level, r.reference(), r.status(), r.urgencyGrantedOn(), r.adults(), r.children(),
                r.bedroomsNeeded(), r.needsGroundFloor(), r.needsLift(), r.needsWheelchair(), r.incomeBand(), r.targetHousing(),
                r.supportProvider(), supportName, r.supportIntensity(), r.regionCode(), r.providerCode(),
                lookup.organisation(r.providerCode()), r.decidingMunicipality(), lookup.area(r.decidingMunicipality()), r.ageBand(),
                municipalities, exclusions, r.originMunicipality(), lookup.area(r.originMunicipality()), r.category(), categoryLabel,
                r.regionalTiesYears(), r.hadOwnDwelling(), r.consentOn(), r.urgencyDecision(), r.urgencyGrantedBy(), r.readyOn(),
                r.readyConfirmedBy(), new CandidateView.Eligibility(eligible, checks), maxRent, rule, history, r.registeredBy(),
                r.registeredAt(), r.version());
    }
}
