package nl.thuisbasis.siting.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.siting.IndicatorDefinition;
import nl.thuisbasis.siting.SitingProperties;
import nl.thuisbasis.siting.domain.IndicatorWeight;
import nl.thuisbasis.siting.domain.ScoringModel;
import nl.thuisbasis.siting.indicator.Indicators;
import nl.thuisbasis.siting.shared.SitingAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scoring models per region. A model is never changed: saving makes a new version, and a scan keeps the
 * version it used. A region without a model gets version 1 from the indicators on offer and their default weights;
 * a region that does not exist gets none.
 */
@Service
public class ScoringModels {

    /** The API problem code of a model that cannot be used. */
    public static final String REFUSED = "invalid-model";

    private final ScoringModelRepository repository;
    private final Indicators indicators;
    private final SitingProperties properties;
    private final RegionCatalog catalog;
    private final ProcessingLog log;

    ScoringModels(ScoringModelRepository repository, Indicators indicators, SitingProperties properties,
            RegionCatalog catalog, ProcessingLog log) {
        this.repository = repository;
        this.indicators = indicators;
        this.properties = properties;
        this.catalog = catalog;
        this.log = log;
    }

    /** Every indicator the sources offer, by key. */
    public Map<String, IndicatorDefinition> indicatorsOnOffer() {
        return indicators.onOffer();
    }

    /** Whether the region exists (and so may have a model). */
    public boolean knows(String regionCode) {
        return catalog.region(regionCode).isPresent();
    }

    /**
     * The current model of a region: its latest saved version, or version 1 from the defaults when none was saved yet
     * (a read never writes: that version is stored when something needs it kept, see {@link #kept}).
     *
     * @throws Refused not found, when the region does not exist
     */
    @Transactional(readOnly = true)
    public ScoringModel current(String regionCode) {
        return repository.latest(regionCode).map(ModelVersion::model).orElseGet(() -> {
            if (!knows(regionCode)) {
                throw Refused.notFound();
            }
            return defaults(regionCode);
        });
    }

    /**
     * Makes sure this version of the model is stored (the defaults' version 1 of a region nobody changed yet), for a
     * record that refers to it: a saved scan, or the next version.
     */
    @Transactional
    public void kept(ScoringModel model) {
        if (repository.version(model.regionCode(), model.version()).isEmpty()) {
            repository.insert(model, ModelVersion.SYSTEM, null);
        }
    }

    private ScoringModel defaults(String regionCode) {
        return new ScoringModel(regionCode, 1, indicatorsOnOffer().values().stream()
                .map(i -> new IndicatorWeight(i.key(), i.label(), i.direction(), i.defaultWeight())).toList(),
                properties.orangeFrom(), properties.redFrom());
    }

    @Transactional(readOnly = true)
    public Optional<ScoringModel> version(String regionCode, int version) {
        return repository.version(regionCode, version);
    }

    @Transactional(readOnly = true)
    public List<ModelVersion> history(String regionCode) {
        return repository.history(regionCode);
    }

    /** What is wrong with these weights and thresholds as a model; empty when they can be saved. */
    public List<Problem> problems(String regionCode, List<IndicatorWeight> weights, double orangeFrom, double redFrom) {
        List<Problem> problems = new ArrayList<>(new ScoringModel(regionCode, 1, weights, orangeFrom, redFrom).problems());
        Map<String, IndicatorDefinition> offered = indicatorsOnOffer();
        weights.stream().filter(i -> !offered.containsKey(i.key()))
                .forEach(i -> problems.add(Problem.at(i.key(), "siting.problem.model.unknown", i.key())));
        return problems;
    }

    /**
     * Saves changed weights and thresholds as the region's next version.
     *
     * @return the new version
     * @throws Refused {@value #REFUSED} with every problem when the model cannot be used; not found for an unknown region
     */
    @Transactional
    public ScoringModel save(String regionCode, List<IndicatorWeight> weights, double orangeFrom, double redFrom,
            String actor, String note) {
        ScoringModel current = current(regionCode);
        Refused.unless(problems(regionCode, weights, orangeFrom, redFrom), REFUSED);
        kept(current);
        int next = current.version() + 1;
        ScoringModel model = new ScoringModel(regionCode, next, weights, orangeFrom, redFrom);
        repository.insert(model, actor, note);
        log.record(Processing.of("siting.model.save", "scoring_model", regionCode + "/v" + next, SitingAccess.PURPOSE,
                LegalBasis.PUBLIC_TASK_WMO));
        return model;
    }
}
