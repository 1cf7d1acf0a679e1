package nl.thuisbasis.outflow.bench;

import com.google.ortools.Loader;
import java.util.Random;
import nl.thuisbasis.outflow.domain.matching.MatchingEngine;
import nl.thuisbasis.outflow.domain.matching.MatchingEngineExactnessTest;
import nl.thuisbasis.outflow.domain.matching.MatchingProblem;
import nl.thuisbasis.outflow.domain.matching.RandomInstances;

/** Quick side-by-side timing (not a test): java ... MatchingTiming candidates vacancies. */
public final class MatchingTiming {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int m = Integer.parseInt(args[1]);
        boolean ortools = args.length < 3 || !args[2].equals("engine-only");
        MatchingProblem p = RandomInstances.generate(new Random(1), n, m, 10, 8, 10, 3);
        if (ortools) {
            Loader.loadNativeLibraries();
        }
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            var r = MatchingEngine.optimum(p);
            long t1 = System.nanoTime();
            System.out.printf("engine %d x %d: %.0f ms, %s%n", n, m, (t1 - t0) / 1e6, r.objective());
            long t4 = System.nanoTime();
            MatchingEngine.solve(p);
            System.out.printf("engine with explanations: %.0f ms%n", (System.nanoTime() - t4) / 1e6);
            if (ortools) {
                long t2 = System.nanoTime();
                var o = MatchingEngineExactnessTest.orTools(p);
                long t3 = System.nanoTime();
                System.out.printf("ortools: %.0f ms, %s%n", (t3 - t2) / 1e6, o);
            }
        }
    }
}
