package nl.thuisbasis.planning.analysis;

import jakarta.annotation.PreDestroy;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.planning.common.PlanningScopes;
import nl.thuisbasis.planning.common.PlanningScopes.Scope;
import nl.thuisbasis.planning.domain.HousingType;
import nl.thuisbasis.planning.model.DeterministicEngine;
import nl.thuisbasis.planning.model.MonteCarloEngine;
import nl.thuisbasis.planning.model.Projection;
import nl.thuisbasis.planning.model.Simulation;
import nl.thuisbasis.planning.parameters.ParameterSet;
import nl.thuisbasis.planning.parameters.ParameterSets;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Needs analyses: a run takes the scope's current parameter set and a scenario, projects ten years with both engines
 * (the deterministic projection and a seeded Monte Carlo simulation) in the background, and saves the results once:
 * a saved run keeps its set, scenario, seed and results and is never changed. Progress is in the run's row, so the page
 * shows it whichever server answers.
 */
@Service
public class Analyses {

    public static final String REFUSED = "planning-run-refused";
    public static final int MAX_RUNS = 5000;
    private static final Logger LOG = LoggerFactory.getLogger(Analyses.class);

    private final RunRepository runs;
    private final ParameterSets parameterSets;
    private final PlanningScopes scopes;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "planning-run");
        t.setDaemon(true);
        return t;
    });

    Analyses(RunRepository runs, ParameterSets parameterSets, PlanningScopes scopes) {
        this.runs = runs;
        this.parameterSets = parameterSets;
        this.scopes = scopes;
    }

    /** What a person asks for: the scenario and how many Monte Carlo runs with which seed (null: chosen for them). */
    public record Request(String name, Double stayFactor, Double inflowFactor, Double outsideInflowPerYear,
            Integer delayMonths, Integer runs, Long seed) {
    }

    /** Starts a run of the scope's current parameter set; it continues in the background. */
    public Run start(CurrentUser user, String regionCode, Request request) {
        scopes.mayKeep(user, regionCode);
        Scope scope = scopes.scope(regionCode);
        if (request == null) {
            throw Refused.invalid(REFUSED, Problem.of("planning.problem.run.empty"));
        }
        List<Problem> problems = new ArrayList<>(Scenario.problems(request.name(), request.stayFactor(), request.inflowFactor(),
                request.outsideInflowPerYear(), request.delayMonths()));
        if (request.runs() == null || request.runs() < 10 || request.runs() > MAX_RUNS) {
            problems.add(Problem.at("runs", "planning.problem.range", 10, MAX_RUNS));
        }
        Refused.unless(problems, REFUSED);
        ParameterSet set = parameterSets.forRun(user, scope.code());
        Scenario scenario = new Scenario(request.name().strip(), request.stayFactor(), request.inflowFactor(),
                request.outsideInflowPerYear(), request.delayMonths());
        long seed = request.seed() != null ? request.seed() : System.nanoTime() & 0xFFFF_FFFFL;
        int firstYear = Year.now(ZoneId.of("Europe/Amsterdam")).getValue() + 1;
        ModelBuilder.Built built = ModelBuilder.build(set, scope, scenario, firstYear);
        List<String> modelProblems = built.model().problems();
        if (!modelProblems.isEmpty()) {
            throw Refused.invalid(REFUSED, modelProblems.stream().map(p -> Problem.of("planning.problem.model", p)).toList());
        }
        Run run = new Run(UUID.randomUUID(), scope.code(), set.id(), set.version(), scenario, seed, request.runs(), firstYear,
                ModelBuilder.MONTHS / 12, Run.RunStatus.RUNNING, 0, null, user.displayName(), null, null);
        runs.insert(run);
        Runnable job = () -> execute(run, scope, built);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    executor.submit(job);
                }
            });
        } else {
            executor.submit(job);
        }
        return runs.find(run.id()).orElse(run);
    }

    private void execute(Run run, Scope scope, ModelBuilder.Built built) {
        long started = System.nanoTime();
        try {
            Projection projection = DeterministicEngine.project(built.model());
            AtomicLong lastWrite = new AtomicLong();
            Simulation simulation = MonteCarloEngine.simulate(built.model(), run.runs(), run.seed(),
                    Math.max(1, Runtime.getRuntime().availableProcessors()), done -> {
                        long now = System.nanoTime();
                        long last = lastWrite.get();
                        if (now - last > 500_000_000L && lastWrite.compareAndSet(last, now)) {
                            runs.progress(run.id(), done);
                        }
                    });
            runs.insertResults(run.id(), Results.rows(scope, built, projection, simulation));
            runs.finish(run.id(), Run.RunStatus.DONE, (System.nanoTime() - started) / 1e9);
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.error("Planning run {} failed", run.id(), e);
            runs.finish(run.id(), Run.RunStatus.FAILED, (System.nanoTime() - started) / 1e9);
        }
    }

    public Run find(CurrentUser user, UUID id) {
        PlanningScopes.mayRead(user);
        return runs.find(id).orElseThrow(Refused::notFound);
    }

    public List<Run> list(CurrentUser user, String regionCode, int limit, int offset) {
        PlanningScopes.mayRead(user);
        return runs.list(scopes.scope(regionCode).code(), limit, offset);
    }

    public long count(String regionCode) {
        return runs.count(regionCode);
    }

    /** A run's results: {@code scope} null for all, "" for the region total, or a municipality; {@code type} null for all. */
    public List<ResultRow> results(CurrentUser user, UUID runId, String scope, HousingType type, int limit, int offset) {
        find(user, runId);
        return runs.results(runId, scope, type, limit, offset);
    }

    /** A run's results of one year: every municipality and the region, every type. */
    public List<ResultRow> resultsOfYear(CurrentUser user, UUID runId, int year) {
        find(user, runId);
        return runs.resultsOfYear(runId, year);
    }

    public long countResults(UUID runId, String scope, HousingType type) {
        return runs.countResults(runId, scope, type);
    }

    @EventListener(ApplicationReadyEvent.class)
    void failUnfinished() {
        int failed = runs.failUnfinished();
        if (failed > 0) {
            LOG.warn("{} planning runs were still running when the server stopped; marked failed", failed);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
