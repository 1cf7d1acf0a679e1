package nl.thuisbasis.planning.model.bench;

import java.util.concurrent.TimeUnit;
import nl.thuisbasis.planning.model.DeterministicEngine;
import nl.thuisbasis.planning.model.ExampleModels;
import nl.thuisbasis.planning.model.FlowModel;
import nl.thuisbasis.planning.model.MonteCarloEngine;
import nl.thuisbasis.planning.model.Projection;
import nl.thuisbasis.planning.model.Simulation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A region of ~300,000 inhabitants (ExampleModels.region: 9 municipalities x 10 housing types x 120 months, queues in
 * shelter, crisis and through-flow): the deterministic projection (target 20 ms) and 1,000 Monte Carlo runs on 2
 * threads (target 2 s). Run with bash bench/jmh.sh RegionFlowBenchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1500m"})
public class RegionFlowBenchmark {

    FlowModel model;

    @Setup
    public void build() {
        model = ExampleModels.region(120);
    }

    @Benchmark
    public Projection deterministic() {
        return DeterministicEngine.project(model);
    }

    @Benchmark
    public Simulation monteCarlo1000Runs2Threads() {
        return MonteCarloEngine.simulate(model, 1_000, 20261203L, 2, done -> { });
    }
}
