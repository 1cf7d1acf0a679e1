package nl.thuisbasis.planning.ambition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.facility.FacilityRegister;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.planning.common.PlanningAccess;
import nl.thuisbasis.planning.domain.HousingType;
import nl.thuisbasis.planning.domain.PlanningRules;
import nl.thuisbasis.platform.DistributionKey;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.MunicipalitySummary;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regional ambition (places per housing type and year, set by the region coordinator) and the municipalities' bids
 * on it (each municipality for itself). A municipality's fair share of an ambition is the platform's one distribution
 * rule ({@link DistributionKey}): households (CBS, latest year), corrected for the care places it already has when the
 * ambition says so.
 */
@Service
public class Ambitions {

    /** The API problem code of a refused ambition or bid. */
    public static final String REFUSED = "planning-refused";

    private final AmbitionRepository repository;
    private final PlanningAccess access;
    private final RegionCatalog catalog;
    private final FacilityRegister register;

    Ambitions(AmbitionRepository repository, PlanningAccess access, RegionCatalog catalog, FacilityRegister register) {
        this.repository = repository;
        this.access = access;
        this.catalog = catalog;
        this.register = register;
    }

    /** What is entered for an ambition or a bid. */
    public record Entry(String housingType, Integer year, Integer places, Boolean careLoadCorrection, String note) {
    }

    List<Problem> problems(Entry e) {
        return PlanningRules.problems(e.housingType(), e.year(), e.places(), e.note(), access.currentYear());
    }

    @Transactional
    public UUID setAmbition(CurrentUser user, Region region, Entry e) {
        access.role(user, Role.REGION_COORDINATOR, "planning.problem.role.ambition");
        List<Problem> problems = new ArrayList<>(problems(e));
        HousingType type = PlanningRules.type(e.housingType());
        if (problems.isEmpty() && repository.ambitionExists(region.code(), type, e.year())) {
            problems.add(Problem.at("year", "planning.problem.ambition.exists"));
        }
        Refused.unless(problems, REFUSED);
        UUID id = UUID.randomUUID();
        repository.insertAmbition(id, region.code(), type, e.year(), e.places(), !Boolean.FALSE.equals(e.careLoadCorrection()),
                blankToNull(e.note()), user.getUsername());
        return id;
    }

    @Transactional
    public void updateAmbition(CurrentUser user, UUID id, Integer version, Entry e) {
        access.role(user, Role.REGION_COORDINATOR, "planning.problem.role.ambition");
        AmbitionRepository.Ambition current = repository.ambition(id).orElseThrow(Refused::notFound);
        List<Problem> problems = new ArrayList<>(PlanningRules.places("places", e.places(), 0));
        if (e.note() != null && e.note().length() > PlanningRules.MAX_NOTE) {
            problems.add(Problem.at("note", "planning.problem.note.long", PlanningRules.MAX_NOTE));
        }
        if (version == null) {
            problems.add(Problem.at("version", "planning.problem.version.missing"));
        }
        Refused.unless(problems, REFUSED);
        if (current.version() != version || !repository.updateAmbition(id, version, e.places(),
                !Boolean.FALSE.equals(e.careLoadCorrection()), blankToNull(e.note()), user.getUsername())) {
            throw Refused.stale();
        }
    }

    @Transactional(readOnly = true)
    public Optional<AmbitionRepository.Ambition> ambition(UUID id) {
        return repository.ambition(id);
    }

    @Transactional(readOnly = true)
    public List<AmbitionRepository.Ambition> ambitions(String region, int limit, int offset) {
        return repository.ambitions(region, limit, offset);
    }

    @Transactional(readOnly = true)
    public long countAmbitions(String region) {
        return repository.countAmbitions(region);
    }

    /** A municipal officer bids for their own municipality; {@code municipality} when named must be theirs (403). */
    @Transactional
    public UUID bid(CurrentUser user, String municipality, Entry e) {
        String own = ownMunicipality(user, municipality);
        Region region = access.regionFor(user);
        List<Problem> problems = new ArrayList<>(problems(e));
        HousingType type = PlanningRules.type(e.housingType());
        if (problems.isEmpty() && repository.bidExists(own, type, e.year())) {
            problems.add(Problem.at("year", "planning.problem.bid.exists"));
        }
        Refused.unless(problems, REFUSED);
        UUID id = UUID.randomUUID();
        repository.insertBid(id, region.code(), own, type, e.year(), e.places(), blankToNull(e.note()), user.getUsername());
        return id;
    }

    @Transactional
    public void updateBid(CurrentUser user, UUID id, Integer version, Entry e) {
        access.role(user, Role.MUNICIPALITY, "planning.problem.role.bid");
        AmbitionRepository.Bid current = repository.bid(id).orElseThrow(Refused::notFound);
        ownMunicipality(user, current.municipality());
        List<Problem> problems = new ArrayList<>(PlanningRules.places("places", e.places(), 0));
        if (e.note() != null && e.note().length() > PlanningRules.MAX_NOTE) {
            problems.add(Problem.at("note", "planning.problem.note.long", PlanningRules.MAX_NOTE));
        }
        if (version == null) {
            problems.add(Problem.at("version", "planning.problem.version.missing"));
        }
        Refused.unless(problems, REFUSED);
        if (current.version() != version || !repository.updateBid(id, version, e.places(), blankToNull(e.note()), user.getUsername())) {
            throw Refused.stale();
        }
    }

    /** The user's municipality when they are a municipal officer and {@code named} is empty or theirs; else 403. */
    private String ownMunicipality(CurrentUser user, String named) {
        access.role(user, Role.MUNICIPALITY, "planning.problem.role.bid");
        String own = user.organisation().municipalityCode();
        if (own == null || (named != null && !named.isBlank() && !named.trim().equals(own))) {
            throw Refused.forbidden(Problem.of("planning.problem.bid.own"));
        }
        return own;
    }

    @Transactional(readOnly = true)
    public Optional<AmbitionRepository.Bid> bid(UUID id) {
        return repository.bid(id);
    }

    @Transactional(readOnly = true)
    public List<AmbitionRepository.Bid> bids(AmbitionRepository.BidFilter filter, int limit, int offset) {
        return repository.bids(filter, limit, offset);
    }

    @Transactional(readOnly = true)
    public long countBids(AmbitionRepository.BidFilter filter) {
        return repository.countBids(filter);
    }

    // ---- the overview

    /** Ambition against the sum of the bids for one type and year; {@code shortfall} is above zero when bids fall short. */
    public record Line(HousingType type, int year, UUID ambitionId, int ambition, int bids, int shortfall) {
    }

    /** A municipality's fair share of one ambition against its bid. */
    public record FairShare(String municipalityCode, String municipalityName, long households, int places, double factor,
            double exact, int share, Integer bid, UUID bidId, int shortfall) {
    }

    /** The overview of a region: lines per type and year over the horizon, and the fair shares of one type and year. */
    public record Overview(String region, List<Line> lines, HousingType type, int year, AmbitionRepository.Ambition ambition,
            List<FairShare> shares) {
    }

    @Transactional(readOnly = true)
    public Overview overview(Region region, HousingType type, int year) {
        int first = access.currentYear();
        int last = first + PlanningRules.HORIZON - 1;
        List<AmbitionRepository.Ambition> ambitions = repository.ambitionsIn(region.code(), first, last);
        List<AmbitionRepository.Bid> bids = repository.bidsIn(region.code(), first, last);
        List<Line> lines = new ArrayList<>();
        for (AmbitionRepository.Ambition a : ambitions) {
            int sum = bids.stream().filter(b -> b.type() == a.type() && b.year() == a.year()).mapToInt(AmbitionRepository.Bid::places).sum();
            lines.add(new Line(a.type(), a.year(), a.id(), a.places(), sum, Math.max(0, a.places() - sum)));
        }
        AmbitionRepository.Ambition chosen = ambitions.stream().filter(a -> a.type() == type && a.year() == year).findFirst().orElse(null);
        // without an ambition every fair share is 0 (the bids still show against it)
        List<FairShare> shares = type == null ? List.of() : fairShares(region, chosen != null ? chosen
                : new AmbitionRepository.Ambition(null, region.code(), type, year, 0, true, null, 0, null, null), bids);
        return new Overview(region.code(), lines, type, year, chosen, shares);
    }

    /** The fair shares of one ambition over the region's municipalities, by the one distribution rule. */
    public List<FairShare> fairShares(Region region, AmbitionRepository.Ambition ambition, List<AmbitionRepository.Bid> bids) {
        List<MunicipalitySummary> municipalities = catalog.municipalities(region.municipalityCodes(), region.municipalityCodes().size(), 0)
                .stream().filter(m -> m.households() != null && m.households() > 0).toList();
        if (municipalities.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> places = register.placesPerMunicipality();
        List<DistributionKey.Distributed> split = DistributionKey.distribute(ambition.places(), municipalities.stream()
                .map(m -> new DistributionKey.Party(m.code(), m.households(), places.getOrDefault(m.code(), 0))).toList(),
                ambition.careLoadCorrection());
        List<FairShare> shares = new ArrayList<>();
        for (int i = 0; i < municipalities.size(); i++) {
            MunicipalitySummary m = municipalities.get(i);
            DistributionKey.Distributed d = split.get(i);
            AmbitionRepository.Bid bid = bids.stream().filter(b -> b.municipality().equals(m.code()) && b.type() == ambition.type()
                    && b.year() == ambition.year()).findFirst().orElse(null);
            int share = d.share().whole();
            shares.add(new FairShare(m.code(), m.name(), m.households(), d.weight().places(), d.weight().factor(),
                    Math.round(d.share().exact() * 100) / 100.0, share, bid == null ? null : bid.places(),
                    bid == null ? null : bid.id(), Math.max(0, share - (bid == null ? 0 : bid.places()))));
        }
        shares.sort(java.util.Comparator.comparing(FairShare::municipalityName));
        return shares;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
