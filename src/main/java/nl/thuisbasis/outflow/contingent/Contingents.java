package nl.thuisbasis.outflow.contingent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.facility.FacilityRegister;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Organisation;
import nl.thuisbasis.identity.OrganisationType;
import nl.thuisbasis.identity.Organisations;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.common.OutflowNames;
import nl.thuisbasis.platform.DistributionKey;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.MunicipalitySummary;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contingents of the priority scheme: a region's yearly total split over its municipalities by their share of
 * households (CBS, latest year), optionally corrected for the care load they already carry (places in facilities per
 * 1,000 households, from the register), with the largest-remainder method. A region coordinator records the contingent
 * as decided; within a municipality its number is split over the corporations by their social rental stock (entered),
 * again by largest remainder. The monitor counts the realisation against it.
 */
@Service
public class Contingents {

    /** The formula as the OpenAPI documentation states it; people read it in their language ({@code out.contingent.formula}). */
    public static final String FORMULA = "Aandeel = huishoudens (CBS, laatste jaar) van de gemeente gedeeld door die van de regio; met "
            + "correctie voor zorglast: gewicht = huishoudens x (plekken per 1.000 huishoudens in de regio / in de gemeente), "
            + "beide minstens 1 en de factor tussen 0,5 en 1,5. Hele aantallen met de methode van de grootste overschotten; "
            + "de som is altijd het totaal.";

    static final String PURPOSE = "purpose.outflow.contingents";

    /** The API problem code of a contingent that cannot be split or recorded. */
    public static final String REFUSED = "contingent-refused";

    private final RegionCatalog catalog;
    private final FacilityRegister register;
    private final ContingentRepository repository;
    private final Organisations organisations;
    private final ProcessingLog log;
    private final OutflowNames names;
    private final Messages messages;

    Contingents(RegionCatalog catalog, FacilityRegister register, ContingentRepository repository, Organisations organisations,
            ProcessingLog log, OutflowNames names, Messages messages) {
        this.catalog = catalog;
        this.register = register;
        this.repository = repository;
        this.organisations = organisations;
        this.log = log;
        this.names = names;
        this.messages = messages;
    }

    public record MunicipalityShare(String code, String name, long households, Integer householdsYear, int places,
            double placesPer1000Households, double factor, double weight, double exact, int contingent) {
    }

    public record Preview(String region, String regionName, int year, int total, boolean careLoadCorrection,
            double regionPlacesPer1000Households, String formula, List<MunicipalityShare> municipalities) {
    }

    /**
     * What is wrong with a year and total of a contingent, each at its field: missing, or out of range (the year
     * 2000-2100, the total 1-100,000). Nothing is written.
     */
    public List<Problem> problems(Integer year, Integer total) {
        List<Problem> problems = new ArrayList<>();
        if (year == null) {
            problems.add(Problem.at("year", "out.problem.contingent.year.missing"));
        } else if (year < 2000 || year > 2100) {
            problems.add(Problem.at("year", "out.problem.contingent.year"));
        }
        if (total == null) {
            problems.add(Problem.at("total", "out.problem.contingent.total.missing"));
        } else if (total < 1 || total > 100_000) {
            problems.add(Problem.at("total", "out.problem.contingent.total"));
        }
        return problems;
    }

    public Preview preview(String regionCode, int year, int total, boolean careLoadCorrection) {
        Region region = catalog.region(regionCode == null ? "" : regionCode).orElseThrow(() -> Refused.invalid(REFUSED,
                Problem.at("region", "out.problem.contingent.region.unknown", String.valueOf(regionCode))));
        Refused.unless(problems(year, total), REFUSED);
        List<MunicipalitySummary> municipalities = catalog.municipalities(region.municipalityCodes(),
                region.municipalityCodes().size(), 0);
        List<String> missing = municipalities.stream().filter(m -> m.households() == null || m.households() <= 0)
                .map(MunicipalitySummary::name).toList();
        if (municipalities.isEmpty() || !missing.isEmpty()) {
            throw Refused.invalid(REFUSED, missing.isEmpty() ? Problem.of("out.problem.contingent.households.region")
                    : Problem.of("out.problem.contingent.households", String.join(", ", missing)));
        }
        Map<String, Integer> places = register.placesPerMunicipality();
        DistributionKey.Weights weights = DistributionKey.weights(municipalities.stream()
                .map(m -> new DistributionKey.Party(m.code(), m.households(), places.getOrDefault(m.code(), 0))).toList(),
                careLoadCorrection);
        List<DistributionKey.Share> shares = DistributionKey.split(total, weights.byCode());
        double regionLoad = weights.regionPlacesPer1000Households();
        List<MunicipalityShare> result = new ArrayList<>();
        for (int i = 0; i < municipalities.size(); i++) {
            MunicipalitySummary m = municipalities.get(i);
            DistributionKey.Weight w = weights.weights().get(i);
            DistributionKey.Share s = shares.get(i);
            result.add(new MunicipalityShare(m.code(), m.name(), m.households(), m.year(), w.places(),
                    Math.round(10_000.0 * w.places() / m.households()) / 10.0, w.factor(), s.weight(),
                    Math.round(s.exact() * 100) / 100.0, s.whole()));
        }
        result.sort((a, b) -> Integer.compare(b.contingent(), a.contingent()) != 0 ? Integer.compare(b.contingent(), a.contingent())
                : a.name().compareTo(b.name()));
        return new Preview(region.code(), region.name(), year, total, careLoadCorrection, Math.round(regionLoad * 10) / 10.0,
                messages.text("out.contingent.formula"), result);
    }

    /** A contingent as decided for a year, with its split. */
    public record Decided(String region, int year, int total, boolean careLoadCorrection, String decidedBy, String recordedBy,
            Instant recordedAt, List<Share> shares) {
    }

    public record Share(String municipalityCode, String municipalityName, long households, double factor, double exact,
            int contingent) {
    }

    /** A corporation's part of a municipality's contingent, from its social rental stock. */
    public record CorporationShare(String municipalityCode, String corporationCode, String corporationName, int dwellings,
            double exact, int contingent) {
    }

    /** A region coordinator records the contingent the region decided (replacing an earlier decision for that year). */
    @Transactional
    public Decided decide(CurrentUser user, String regionCode, Integer year, Integer total, boolean careLoadCorrection,
            String decidedBy) {
        OutflowAccess.keeper(user);
        List<Problem> problems = new ArrayList<>();
        if (year == null || total == null) {
            problems.add(Problem.at(total == null ? "total" : "year", "out.problem.contingent.yearAndTotal"));
        }
        if (decidedBy == null || decidedBy.isBlank() || decidedBy.length() > 200) {
            problems.add(Problem.at("decidedBy", "out.problem.contingent.decidedBy"));
        }
        Refused.unless(problems, REFUSED);
        Preview preview = preview(regionCode, year, total, careLoadCorrection);
        store(preview, decidedBy.trim(), user.getUsername());
        log.record(Processing.of("outflow.contingent", "region", preview.region(), PURPOSE, LegalBasis.PUBLIC_TASK_WMO)
                .withDetailsKey(careLoadCorrection ? "out.log.contingent.withCorrection" : "out.log.contingent.withoutCorrection",
                        year, total));
        return decided(preview.region(), year).orElseThrow();
    }

    /** Keeps a preview as the decided contingent of its year (replacing an earlier decision). */
    public void store(Preview preview, String decidedBy, String actor) {
        repository.replace(preview.region(), preview.year(), preview.total(), preview.careLoadCorrection(), decidedBy, actor,
                preview.municipalities().stream().map(m -> new ContingentRepository.StoredShare(m.code(), m.households(),
                        m.factor(), m.exact(), m.contingent())).toList());
    }

    @Transactional(readOnly = true)
    public Optional<Decided> decided(String regionCode, int year) {
        return repository.decided(regionCode, year).map(d -> new Decided(regionCode, year, d.total(), d.careLoadCorrection(),
                d.decidedBy(), d.recordedBy(), d.recordedAt(), d.shares().stream().map(s -> new Share(s.municipalityCode(),
                        name(s.municipalityCode()), s.households(), s.factor(), s.exact(), s.contingent())).toList()));
    }

    /** A corporation's social rental stock in a municipality (the corporation itself, a coordinator or an admin). */
    @Transactional
    public void setStock(CurrentUser user, String regionCode, Integer year, String municipalityCode, String corporationCode,
            Integer dwellings) {
        boolean own = user.role() == Role.CORPORATION && user.organisation().code().equals(corporationCode);
        if (!own) {
            OutflowAccess.keeper(user);
        }
        Region region = catalog.region(regionCode == null ? "" : regionCode)
                .orElseThrow(() -> Refused.invalid(REFUSED, Problem.at("region", "out.problem.contingent.region.missing")));
        Refused.unless(stockProblems(region, year, municipalityCode, corporationCode, dwellings), REFUSED);
        repository.saveStock(region.code(), year, municipalityCode, corporationCode, dwellings, user.getUsername());
        log.record(Processing.of("outflow.stock", "corporation", corporationCode, PURPOSE, LegalBasis.PUBLIC_TASK_WMO)
                .withDetailsKey("out.log.contingent.stock", year, municipalityCode, dwellings));
    }

    /** What is wrong with a corporation's stock in a municipality of the region, each at its field; nothing is written. */
    public List<Problem> stockProblems(Region region, Integer year, String municipalityCode, String corporationCode,
            Integer dwellings) {
        List<Problem> problems = new ArrayList<>();
        if (year == null || year < 2000 || year > 2100) {
            problems.add(Problem.at("year", "out.problem.contingent.year"));
        }
        if (municipalityCode == null || !region.municipalityCodes().contains(municipalityCode)) {
            problems.add(Problem.at("municipality", "out.problem.contingent.municipality"));
        }
        if (organisations.find(corporationCode).filter(o -> o.type() == OrganisationType.HOUSING_CORPORATION).isEmpty()) {
            problems.add(Problem.at("corporation", "out.problem.contingent.corporation"));
        }
        if (dwellings == null || dwellings < 0 || dwellings > 1_000_000) {
            problems.add(Problem.at("dwellings", "out.problem.contingent.dwellings"));
        }
        return problems;
    }

    /** The corporations' parts of each municipality's decided contingent, by their stock (largest remainder). */
    @Transactional(readOnly = true)
    public List<CorporationShare> corporationShares(String regionCode, int year) {
        Optional<Decided> decided = decided(regionCode, year);
        if (decided.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Integer>> stock = repository.stockInCodeOrder(regionCode, year);
        List<CorporationShare> result = new ArrayList<>();
        for (Share share : decided.get().shares()) {
            Map<String, Integer> ofMunicipality = stock.getOrDefault(share.municipalityCode(), Map.of());
            if (ofMunicipality.values().stream().mapToInt(Integer::intValue).sum() == 0) {
                continue;
            }
            Map<String, Double> weights = new LinkedHashMap<>();
            ofMunicipality.forEach((corporation, dwellings) -> weights.put(corporation, dwellings.doubleValue()));
            for (DistributionKey.Share s : DistributionKey.split(share.contingent(), weights)) {
                result.add(new CorporationShare(share.municipalityCode(), s.code(), organisations.nameOf(s.code()),
                        ofMunicipality.get(s.code()), Math.round(s.exact() * 100) / 100.0, s.whole()));
            }
        }
        return result;
    }

    /** The stock entered for a year: municipality -> corporation -> dwellings. */
    @Transactional(readOnly = true)
    public Map<String, Map<String, Integer>> stock(String regionCode, int year) {
        return repository.stock(regionCode, year);
    }

    public List<Organisation> corporations() {
        return organisations.ofType(OrganisationType.HOUSING_CORPORATION);
    }

    private String name(String code) {
        return names.area(code);
    }
}
