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
 * The national model (ExampleModels.national: 342 municipalities in 43 pools x 10 types x 120 months, ~8 million
 * households, shelter ~15,000 and protected housing ~20,000 places): 1,000 Monte Carlo runs on 2 threads in JMH's
 * single-shot mode (target 60 s) in a fork limited to 1.5 GB heap, and the deterministic projection for comparison.
 * Run with bash bench/jmh.sh NationalFlowBenchmark.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx1500m"})
public class NationalFlowBenchmark {

    FlowModel model;

    @Setup
    public void build() {
        model = ExampleModels.national(120);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public Simulation monteCarlo1000Runs2Threads() {
        return MonteCarloEngine.simulate(model, 1_000, 20261203L, 2, done -> { });
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Projection deterministic() {
        return DeterministicEngine.project(model);
    }
}
