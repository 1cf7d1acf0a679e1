package nl.thuisbasis.siting.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nl.thuisbasis.siting.Direction;
import nl.thuisbasis.siting.domain.Distances;
import nl.thuisbasis.siting.domain.HeatmapKernel;
import nl.thuisbasis.siting.domain.IndicatorWeight;
import nl.thuisbasis.siting.domain.NearbyIndex;
import nl.thuisbasis.siting.domain.ScoringModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The heatmap at national scale: 14,000 generated neighbourhoods (about the number of CBS buurten) and
 * generated facilities, the same kernels the server uses (grid index for the facility load, percentile scoring).
 * Run with bench/jmh.sh NationalHeatmapBenchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NationalHeatmapBenchmark {

    @Param({"350", "14000"})
    public int neighbourhoods;

    @Param({"3000"})
    public int facilities;

    double[] lons;
    double[] lats;
    double[] inhabitants;
    List<Map<String, Double>> cbs;
    double[] fLons;
    double[] fLats;
    int[] fCapacities;
    ScoringModel model;

    @Setup
    public void generate() {
        Random random = new Random(42);
        lons = new double[neighbourhoods];
        lats = new double[neighbourhoods];
        inhabitants = new double[neighbourhoods];
        cbs = new ArrayList<>();
        for (int i = 0; i < neighbourhoods; i++) {
            lons[i] = 3.4 + random.nextDouble() * 3.8;
            lats[i] = 50.8 + random.nextDouble() * 2.6;
            inhabitants[i] = 50 + random.nextInt(5000);
            cbs.add(Map.of("percentageEenpersoonshuishoudens", 10 + random.nextDouble() * 60,
                    "income_low", 20 + random.nextDouble() * 40, "dwelling_value", 150 + random.nextDouble() * 500,
                    "employment_rate", 50 + random.nextDouble() * 30));
        }
        fLons = new double[facilities];
        fLats = new double[facilities];
        fCapacities = new int[facilities];
        for (int i = 0; i < facilities; i++) {
            int near = random.nextInt(neighbourhoods);
            fLons[i] = lons[near] + random.nextGaussian() * 0.005;
            fLats[i] = lats[near] + random.nextGaussian() * 0.003;
            fCapacities[i] = 1 + random.nextInt(40);
        }
        model = new ScoringModel("nl", 1, List.of(
                new IndicatorWeight("percentageEenpersoonshuishoudens", "Eenpersoonshuishoudens", Direction.HIGHER_IS_MORE_STRAIN, 1),
                new IndicatorWeight("income_low", "Laag inkomen", Direction.HIGHER_IS_MORE_STRAIN, 1),
                new IndicatorWeight("dwelling_value", "WOZ", Direction.HIGHER_IS_LESS_STRAIN, 0.5),
                new IndicatorWeight("employment_rate", "Arbeidsparticipatie", Direction.HIGHER_IS_LESS_STRAIN, 0.5),
                new IndicatorWeight("placesPer1000", "Plekken per 1.000", Direction.HIGHER_IS_MORE_STRAIN, 2),
                new IndicatorWeight("facilitiesInRadius", "Voorzieningen in straal", Direction.HIGHER_IS_MORE_STRAIN, 1),
                new IndicatorWeight("placesInRadius", "Plekken in straal", Direction.HIGHER_IS_MORE_STRAIN, 1),
                new IndicatorWeight("nearestFacilityMetres", "Afstand", Direction.HIGHER_IS_LESS_STRAIN, 1)), 50, 70);
    }

    /** Builds the facility index, computes every neighbourhood's load with and without 12 places, and scores all. */
    @Benchmark
    public List<HeatmapKernel.Cell> heatmap() {
        NearbyIndex index = new NearbyIndex(fLons, fLats, fCapacities, 500);
        Map<Integer, Integer> placesPerArea = new HashMap<>();
        for (int i = 0; i < facilities; i++) {
            placesPerArea.merge(i % neighbourhoods, fCapacities[i], Integer::sum);
        }
        List<Map<String, Double>> asTheyAre = new ArrayList<>(neighbourhoods);
        List<Map<String, Double>> withFacility = new ArrayList<>(neighbourhoods);
        int added = 12;
        for (int i = 0; i < neighbourhoods; i++) {
            Distances.Near near = index.near(lons[i], lats[i]);
            int places = placesPerArea.getOrDefault(i, 0);
            Map<String, Double> base = new HashMap<>(cbs.get(i));
            base.put("placesPer1000", places * 1000.0 / inhabitants[i]);
            base.put("facilitiesInRadius", (double) near.count());
            base.put("placesInRadius", (double) near.places());
            base.put("nearestFacilityMetres", near.nearestMetres());
            Map<String, Double> plus = new HashMap<>(base);
            plus.put("placesPer1000", (places + added) * 1000.0 / inhabitants[i]);
            plus.put("placesInRadius", (double) near.places() + added);
            asTheyAre.add(base);
            withFacility.add(plus);
        }
        return HeatmapKernel.score(model, asTheyAre, withFacility);
    }
}
