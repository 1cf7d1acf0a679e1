package nl.thuisbasis.outflow.vacancy;

import nl.thuisbasis.outflow.common.KeyedText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.candidate.Candidates;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.outflow.common.Slice;
import nl.thuisbasis.outflow.domain.CandidateStatus;
import nl.thuisbasis.outflow.domain.OutflowCap;
import nl.thuisbasis.outflow.matching.MatchingRepository;
import nl.thuisbasis.outflow.settings.OutflowSettings;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.AreaLevel;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vacancies (vrijkomende woningen) that corporations offer to the contingent, and the totals of vacancies they report
 * per quarter, so the share that went to outflow can be checked against the region's cap. Corporations see their own,
 * a municipality those in its territory, region coordinators and administrators all of the region; vacancies are not
 * personal data.
 */
@Service
public class Vacancies {

    static final String PURPOSE = "purpose.outflow.dwellings";

    /** The API problem code of a refused vacancy step. */
    static final String REFUSED = "outflow-refused";

    private final VacancyRepository repository;
    private final MatchingRepository proposals;
    private final OutflowSettings settings;
    private final RegionCatalog catalog;
    private final ProcessingLog log;
    private final Candidates candidates;

    Vacancies(VacancyRepository repository, MatchingRepository proposals, OutflowSettings settings, RegionCatalog catalog,
            ProcessingLog log, Candidates candidates) {
        this.repository = repository;
        this.proposals = proposals;
        this.settings = settings;
        this.catalog = catalog;
        this.log = log;
        this.candidates = candidates;
    }

    public enum Status { OPEN, PROPOSED, OFFERED, LET, WITHDRAWN }

    /** What a corporation enters for a vacancy; the municipality follows from the neighbourhood. */
    public record Draft(String address, String postcode, String neighbourhoodCode, Integer bedrooms, Integer rentCents,
            Integer floor, boolean lift, boolean wheelchair, LocalDate availableFrom) {
    }

    public record VacancyView(UUID id, String regionCode, String corporationCode, String corporationName, String address,
            String postcode, String municipalityCode, String municipalityName, String neighbourhoodCode,
            String neighbourhoodName, int bedrooms, int rentCents, int floor, boolean lift, boolean wheelchair,
            LocalDate availableFrom, Status status, String createdBy, Instant createdAt, int version) {

        public boolean groundFloor() {
            return floor <= 0;
        }
    }

    /** A quarter's total of vacancies a corporation reported. */
    public record Total(String corporationCode, int year, int quarter, int total, String reportedBy, Instant reportedAt) {
    }

    @Transactional
    public UUID offer(CurrentUser user, Draft draft) {
        corporation(user);
        Area area = check(draft);
        Region region = settings.regionOf(area.municipalityCode()).orElseThrow();
        UUID id = UUID.randomUUID();
        repository.insert(id, region.code(), user.organisation().code(), draft, postcode(draft.postcode()), area.municipalityCode(),
                area.code(), user.getUsername());
        log.record(Processing.of("outflow.vacancy.offer", "vacancy", id.toString(), PURPOSE, LegalBasis.PUBLIC_TASK_WMO));
        return id;
    }

    /** The corporation corrects an open vacancy. */
    @Transactional
    public VacancyView update(CurrentUser user, UUID id, int version, Draft draft) {
        VacancyView current = own(user, id);
        if (current.version() != version) {
            throw Refused.stale();
        }
        if (current.status() != Status.OPEN) {
            throw Refused.invalid(REFUSED, Problem.of("out.problem.vacancy.notOpen"));
        }
        Area area = check(draft);
        Region region = settings.regionOf(area.municipalityCode()).orElseThrow();
        repository.update(id, version, region.code(), draft, postcode(draft.postcode()), area.municipalityCode(), area.code());
        log.record(Processing.of("outflow.vacancy.update", "vacancy", id.toString(), PURPOSE, LegalBasis.PUBLIC_TASK_WMO));
        return repository.find(id).orElseThrow();
    }

    /** The corporation takes a vacancy back; an adopted proposal is let go and the candidate returns to the pool. */
    @Transactional
    public VacancyView withdraw(CurrentUser user, UUID id, String reason) {
        VacancyView current = own(user, id);
        if (current.status() != Status.OPEN && current.status() != Status.PROPOSED) {
            throw Refused.invalid(REFUSED, Problem.of("out.problem.vacancy.withdraw.offered"));
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw Refused.invalid(REFUSED, Problem.at("reason", "out.problem.vacancy.withdraw.reason"));
        }
        proposals.proposedCandidate(id).ifPresent(candidate -> {
            proposals.releaseProposal(id, reason.trim(), "out.proposal.released.vacancyWithdrawn");
            candidates.move(candidate, CandidateStatus.PROPOSED, CandidateStatus.URGENCY_GRANTED,
                    KeyedText.of("out.history.vacancy.withdrawn"), user.getUsername());
        });
        repository.setStatus(id, Status.WITHDRAWN);
        log.record(Processing.of("outflow.vacancy.withdraw", "vacancy", id.toString(), PURPOSE, LegalBasis.PUBLIC_TASK_WMO)
                .withDetails(reason.trim()));
        return repository.find(id).orElseThrow();
    }

    /** A page of the vacancies of a region this user may see (providers: none, 403). */
    @Transactional(readOnly = true)
    public Slice<VacancyView> list(CurrentUser user, String regionCode, Status status, int offset, int limit) {
        if (user.role() == Role.PROVIDER) {
            throw new AccessDeniedException("providers see the dwellings offered to their clients only");
        }
        VacancyRepository.Scope scope = new VacancyRepository.Scope(regionCode, user.role(), user.organisation().code(),
                user.organisation().municipalityCode(), status);
        return new Slice<>(repository.list(scope, offset, limit), repository.count(scope));
    }

    /** A vacancy as this user may see it. */
    @Transactional(readOnly = true)
    public Optional<VacancyView> get(CurrentUser user, UUID id) {
        return repository.find(id).filter(v -> visible(user, v));
    }

    boolean visible(CurrentUser user, VacancyView v) {
        return switch (user.role()) {
            case CORPORATION -> v.corporationCode().equals(user.organisation().code());
            case MUNICIPALITY -> v.municipalityCode().equals(user.organisation().municipalityCode());
            case REGION_COORDINATOR, ADMIN -> true;
            // the provider of a candidate offered or housed there sees the dwelling
            case PROVIDER -> repository.offeredToClientOf(v.id(), user.organisation().code());
        };
    }

    private VacancyView own(CurrentUser user, UUID id) {
        corporation(user);
        VacancyView v = repository.lock(id).orElseThrow(Refused::notFound);
        if (!v.corporationCode().equals(user.organisation().code())) {
            throw Refused.notFound();
        }
        return v;
    }

    private static void corporation(CurrentUser user) {
        if (user.role() != Role.CORPORATION) {
            throw new AccessDeniedException("corporation staff offer vacancies");
        }
    }

    private Area check(Draft d) {
        Refused.unless(problems(d), REFUSED);
        return catalog.area(d.neighbourhoodCode().trim()).orElseThrow();
    }

    /**
     * Every problem of a draft at once, each at its field (the API's property names); nothing is written (a form shows
     * them next to its fields, with those it could not read).
     */
    public List<Problem> problems(Draft d) {
        List<Problem> problems = new ArrayList<>();
        if (d.address() == null || d.address().isBlank() || d.address().length() > 200) {
            problems.add(Problem.at("address", "out.problem.vacancy.address"));
        }
        if (d.postcode() == null || !postcode(d.postcode()).matches("[1-9]\\d{3} [A-Z]{2}")) {
            problems.add(Problem.at("postcode", "out.problem.vacancy.postcode"));
        }
        Optional<Area> area = d.neighbourhoodCode() == null ? Optional.empty() : catalog.area(d.neighbourhoodCode().trim());
        if (area.isEmpty() || area.get().level() == AreaLevel.MUNICIPALITY
                || settings.regionOf(area.get().municipalityCode()).isEmpty()) {
            problems.add(Problem.at("neighbourhood", "out.problem.vacancy.neighbourhood"));
        }
        if (d.bedrooms() == null || d.bedrooms() < 0 || d.bedrooms() > 8) {
            problems.add(Problem.at("bedrooms", "out.problem.vacancy.bedrooms"));
        }
        if (d.rentCents() == null || d.rentCents() < 10_000 || d.rentCents() > 300_000) {
            problems.add(Problem.at("rent", "out.problem.vacancy.rent"));
        }
        if (d.floor() == null || d.floor() < -1 || d.floor() > 40) {
            problems.add(Problem.at("floor", "out.problem.vacancy.floor"));
        }
        if (d.availableFrom() == null) {
            problems.add(Problem.at("availableFrom", "out.problem.vacancy.availableFrom.missing"));
        } else if (d.availableFrom().isBefore(LocalDate.now(OutflowClock.ZONE).minusYears(1))) {
            problems.add(Problem.at("availableFrom", "out.problem.vacancy.availableFrom.past"));
        } else if (d.availableFrom().isAfter(LocalDate.now(OutflowClock.ZONE).plusYears(1))) {
            problems.add(Problem.at("availableFrom", "out.problem.vacancy.availableFrom.future"));
        }
        return problems;
    }

    static String postcode(String raw) {
        String compact = raw == null ? "" : raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return compact.length() == 6 ? compact.substring(0, 4) + " " + compact.substring(4) : compact;
    }

    // ---- totals and the cap

    @Transactional
    public void reportTotal(CurrentUser user, Integer year, Integer quarter, Integer total) {
        corporation(user);
        Refused.unless(totalProblems(year, quarter, total), REFUSED);
        repository.saveTotal(user.organisation().code(), year, quarter, total, user.getUsername());
        log.record(Processing.of("outflow.vacancy.total", "corporation", user.organisation().code(), PURPOSE,
                LegalBasis.PUBLIC_TASK_WMO).withDetailsKey("out.log.vacancy.total", year, quarter, total));
    }

    /** What is wrong with a quarter's total, each at its field; nothing is written. */
    public List<Problem> totalProblems(Integer year, Integer quarter, Integer total) {
        List<Problem> problems = new ArrayList<>();
        int thisYear = LocalDate.now(OutflowClock.ZONE).getYear();
        if (year == null || year < 2000 || year > thisYear + 1) {
            problems.add(Problem.at("year", "out.problem.vacancy.total.year", Year.of(thisYear + 1)));
        }
        if (quarter == null || quarter < 1 || quarter > 4) {
            problems.add(Problem.at("quarter", "out.problem.vacancy.total.quarter"));
        }
        if (total == null || total < 0 || total > 100_000) {
            problems.add(Problem.at("total", "out.problem.vacancy.total.total"));
        }
        return problems;
    }

    @Transactional(readOnly = true)
    public List<Total> totals(String corporationCode, int year) {
        return repository.totals(corporationCode, year);
    }

    /**
     * A corporation's cap in a year: the reported total of the year so far, and what is used: dwellings let to the
     * scheme that year, plus those offered or proposed now (they count as soon as they are committed).
     */
    @Transactional(readOnly = true)
    public OutflowCap.State cap(String corporationCode, int year, int capPercent) {
        return capFigures(corporationCode, year, true).state(capPercent);
    }

    /** What the cap of a year is counted from; {@code committed} only when asked (it is "now", not of a past year). */
    public record CapFigures(Integer reportedTotal, int let, int committed) {

        public OutflowCap.State state(int capPercent) {
            return new OutflowCap.State(reportedTotal, let + committed, capPercent);
        }
    }

    public CapFigures capFigures(String corporationCode, int year, boolean withCommitted) {
        return repository.capFigures(corporationCode, year, withCommitted);
    }
}
