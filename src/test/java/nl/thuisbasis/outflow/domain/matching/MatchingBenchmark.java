package nl.thuisbasis.outflow.domain.matching;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The matching engine side by side with OR-Tools' min-cost flow (cost scaling, C++) on the same instance, in one JMH
 * run: {@code bash bench/jmh.sh MatchingBenchmark}. Instances come from {@link RandomInstances} with realistic sparsity:
 * 200 vacancies per municipality and 250 per corporation, every candidate accepting 1 to 3 municipalities, so a candidate
 * has about 150 admissible vacancies at either size (about 0.74 million pairs at 5,000 x 2,000 and 7.4 million at
 * 50,000 x 20,000). {@code municipalitiesPer=0} keeps 10 municipalities and 8 corporations at any size instead, the
 * dense stress case. OR-Tools gets the same admissible pairs (found by the engine's own pair search, so both pay for it)
 * and the single-cost formulation of the lexicographic objective; its objective is checked against the engine's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx12g", "--enable-native-access=ALL-UNNAMED"})
public class MatchingBenchmark {

    @Param({"5000x2000", "50000x20000"})
    public String size;

    /** Vacancies per municipality (and 1.25 x that per corporation); 0 = always 10 municipalities and 8 corporations. */
    @Param({"200"})
    public int municipalitiesPer;

    MatchingProblem problem;

    @Setup(Level.Trial)
    public void generate() {
        Loader.loadNativeLibraries();
        String[] nm = size.split("x");
        int n = Integer.parseInt(nm[0]);
        int m = Integer.parseInt(nm[1]);
        int municipalities = municipalitiesPer == 0 ? 10 : Math.max(1, m / municipalitiesPer);
        int corporations = municipalitiesPer == 0 ? 8 : Math.max(1, m * 4 / (municipalitiesPer * 5));
        problem = RandomInstances.generate(new Random(1), n, m, municipalities, corporations, 10, 3);
        MatchingResult.Objective engine = MatchingEngine.optimum(problem).objective();
        MatchingResult.Objective reference = orTools(problem);
        if (!engine.equals(reference)) {
            throw new IllegalStateException("engine " + engine + " differs from OR-Tools " + reference);
        }
        System.out.printf("%n%s: %d admissible pairs, optimum %s (engine and OR-Tools agree)%n", size,
                new Pairs(problem).count, engine);
    }

    @Benchmark
    public MatchingResult.Objective engine() {
        return MatchingEngine.optimum(problem).objective();
    }

    @Benchmark
    public MatchingResult engineWithExplanations() {
        return MatchingEngine.solve(problem);
    }

    @Benchmark
    public MatchingResult.Objective orTools() {
        return orTools(problem);
    }

    /**
     * Source -> candidate (cost -BIG x waiting weight) -> vacancy (cost: fit) -> corporation -> sink (cap), plus a free
     * arc source -> sink so anyone may stay unhoused; BIG exceeds any total fit, so the cheapest flow is the engine's
     * lexicographic optimum.
     */
    static MatchingResult.Objective orTools(MatchingProblem p) {
        Pairs pairs = new Pairs(p);
        int n = p.candidates().size();
        int m = p.vacancies().size();
        int k = pairs.corporations.size();
        long maxFit = 1;
        for (int x = 0; x < pairs.count; x++) {
            maxFit = Math.max(maxFit, pairs.fit[x] + 1);
        }
        long big = maxFit * Math.max(1, Math.min(n, m)) + 1;
        int source = 0;
        int sink = n + m + k + 1;
        MinCostFlow flow = new MinCostFlow();
        flow.addArcWithCapacityAndUnitCost(source, sink, n, 0);
        for (int i = 0; i < n; i++) {
            flow.addArcWithCapacityAndUnitCost(source, 1 + i, 1, -big * pairs.weight[i]);
        }
        int[] arc = new int[pairs.count];
        for (int x = 0; x < pairs.count; x++) {
            arc[x] = flow.addArcWithCapacityAndUnitCost(1 + pairs.candidate[x], 1 + n + pairs.vacancy[x], 1, pairs.fit[x]);
        }
        for (int j = 0; j < m; j++) {
            flow.addArcWithCapacityAndUnitCost(1 + n + j, 1 + n + m + pairs.corpOf[j], 1, 0);
        }
        for (int c = 0; c < k; c++) {
            flow.addArcWithCapacityAndUnitCost(1 + n + m + c, sink,
                    Math.max(0, p.remainingCap().getOrDefault(pairs.corporations.get(c), 0)), 0);
        }
        flow.setNodeSupply(source, n);
        flow.setNodeSupply(sink, -n);
        if (flow.solve() != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("OR-Tools found no optimum");
        }
        int housed = 0;
        long waiting = 0;
        long fit = 0;
        for (int x = 0; x < pairs.count; x++) {
            if (flow.getFlow(arc[x]) > 0) {
                housed++;
                waiting += pairs.weight[pairs.candidate[x]];
                fit += pairs.fit[x];
            }
        }
        return new MatchingResult.Objective(housed, waiting, fit);
    }
}
