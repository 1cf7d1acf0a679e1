package nl.thuisbasis.siting.bench;

import java.util.concurrent.TimeUnit;
import nl.thuisbasis.ThuisbasisApplication;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.siting.heatmap.Heatmap;
import nl.thuisbasis.siting.heatmap.Heatmaps;
import nl.thuisbasis.siting.scan.Candidate;
import nl.thuisbasis.siting.scan.ScanResult;
import nl.thuisbasis.siting.scan.Scans;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One scan and the region heatmap server-side, in the running application on the embedded PostgreSQL with the
 * demo data (no HTTP, no login): SampleTime reports the percentiles (p0.95 is the target, <= 20 ms per scan).
 * Run with bench/jmh.sh ScanServiceBenchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ScanServiceBenchmark {

    ConfigurableApplicationContext context;
    Scans scans;
    Heatmaps heatmaps;
    final Candidate kasperspad = new Candidate(4.6725, 51.8115, FacilityType.CRISIS_SHELTER, 20, null);

    @Setup
    public void start() {
        context = SpringApplication.run(ThuisbasisApplication.class, "--server.port=0",
                "--thuisbasis.embedded-db.data-directory=target/pg-bench", "--logging.level.root=WARN");
        scans = context.getBean(Scans.class);
        heatmaps = context.getBean(Heatmaps.class);
    }

    @TearDown
    public void stop() {
        context.close();
    }

    @Benchmark
    public ScanResult scan() {
        return scans.scan(kasperspad);
    }

    @Benchmark
    public Heatmap regionHeatmap() {
        return heatmaps.heatmap("drechtsteden-alblasserwaard", FacilityType.PROTECTED_HOUSING, 12);
    }
}
