package nl.thuisbasis.outflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.facility.FacilityRegister;
import nl.thuisbasis.outflow.domain.DistributionKey;
import nl.thuisbasis.region.MunicipalitySummary;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
import org.springframework.stereotype.Service;

/**
 * The contingents of the priority scheme: a region's yearly total split over its municipalities by their share of
 * households (CBS, latest year), optionally corrected for the care load they already carry (places in facilities per
 * 1,000 households, from the register), with the largest-remainder method.
 */
@Service
public class Contingents {

    static final String FORMULA = "Aandeel = huishoudens (CBS, laatste jaar) van de gemeente gedeeld door die van de regio; met "
            + "correctie voor zorglast: gewicht = huishoudens x (plekken per 1.000 huishoudens in de regio / in de gemeente), "
            + "beide minstens 1 en de factor tussen 0,5 en 1,5. Hele aantallen met de methode van de grootste overschotten; "
            + "de som is altijd het totaal.";

    private final RegionCatalog catalog;
    private final FacilityRegister register;

    Contingents(RegionCatalog catalog, FacilityRegister register) {
        this.catalog = catalog;
        this.register = register;
    }

    /** Refused input, in Dutch. */
    public static class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    public record MunicipalityShare(String code, String name, long households, Integer householdsYear, int places,
            double placesPer1000Households, double factor, double weight, double exact, int contingent) {
    }

    public record Preview(String region, String regionName, int year, int total, boolean careLoadCorrection,
            double regionPlacesPer1000Households, String formula, List<MunicipalityShare> municipalities) {
    }

    public Preview preview(String regionCode, int year, int total, boolean careLoadCorrection) {
        Region region = catalog.region(regionCode == null ? "" : regionCode)
                .orElseThrow(() -> new Refused("Regio '" + regionCode + "' bestaat niet."));
        if (total < 1 || total > 100_000) {
            throw new Refused("Het totaal moet tussen 1 en 100.000 liggen.");
        }
        if (year < 2000 || year > 2100) {
            throw new Refused("Geef een jaar tussen 2000 en 2100.");
        }
        List<MunicipalitySummary> municipalities = catalog.municipalities(region.municipalityCodes(), 1000, 0);
        List<String> missing = municipalities.stream().filter(m -> m.households() == null || m.households() <= 0)
                .map(MunicipalitySummary::name).toList();
        if (municipalities.isEmpty() || !missing.isEmpty()) {
            throw new Refused("Van " + (missing.isEmpty() ? "deze regio" : String.join(", ", missing))
                    + " zijn geen huishoudens (CBS) bekend; importeer eerst de kerncijfers.");
        }
        Map<String, Integer> places = register.placesPerMunicipality();
        long regionHouseholds = municipalities.stream().mapToLong(MunicipalitySummary::households).sum();
        long regionPlaces = municipalities.stream().mapToLong(m -> places.getOrDefault(m.code(), 0)).sum();
        double regionLoad = 1000.0 * regionPlaces / regionHouseholds;
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, Double> factors = new LinkedHashMap<>();
        for (MunicipalitySummary m : municipalities) {
            double load = 1000.0 * places.getOrDefault(m.code(), 0) / m.households();
            double factor = careLoadCorrection ? DistributionKey.careLoadFactor(load, regionLoad) : 1.0;
            factors.put(m.code(), factor);
            weights.put(m.code(), m.households() * factor);
        }
        List<DistributionKey.Share> shares = DistributionKey.split(total, weights);
        List<MunicipalityShare> result = new ArrayList<>();
        for (int i = 0; i < municipalities.size(); i++) {
            MunicipalitySummary m = municipalities.get(i);
            DistributionKey.Share s = shares.get(i);
            int p = places.getOrDefault(m.code(), 0);
            result.add(new MunicipalityShare(m.code(), m.name(), m.households(), m.year(), p,
                    Math.round(10_000.0 * p / m.households()) / 10.0, factors.get(m.code()), s.weight(),
                    Math.round(s.exact() * 100) / 100.0, s.whole()));
        }
        result.sort((a, b) -> Integer.compare(b.contingent(), a.contingent()) != 0 ? Integer.compare(b.contingent(), a.contingent())
                : a.name().compareTo(b.name()));
        return new Preview(region.code(), region.name(), year, total, careLoadCorrection, Math.round(regionLoad * 10) / 10.0,
                FORMULA, result);
    }
}
