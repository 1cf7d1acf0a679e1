package nl.thuisbasis.siting.model;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.siting.Direction;
import nl.thuisbasis.siting.IndicatorDefinition;
import nl.thuisbasis.siting.domain.IndicatorWeight;
import nl.thuisbasis.siting.domain.ScoringModel;
import nl.thuisbasis.siting.indicator.Indicators;
import nl.thuisbasis.siting.shared.SitingAccess;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

/** The versioned scoring models per region and the import of local indices. */
@ApiController
@RequestMapping("/api/v1/siting")
@Tag(name = "Draagkrachtscan", description = "Scans, scoremodellen, heatmap, lokale indices en buurtnotities")
class ModelApiController {

    private final ScoringModels models;
    private final Indicators indicators;
    private final LocalIndexImport indices;

    ModelApiController(ScoringModels models, Indicators indicators, LocalIndexImport indices) {
        this.models = models;
        this.indicators = indicators;
        this.indices = indices;
    }

    @GetMapping("/models/{region}")
    @Operation(operationId = "getModel", summary = "Het huidige scoremodel van een regio")
    ModelResponse model(@PathVariable String region, @RequestParam(required = false) Integer version) {
        SitingAccess.require(SitingAccess.SCAN_ROLES);
        if (!models.knows(region)) {
            throw Refused.notFound();
        }
        ScoringModel model = version == null ? models.current(region)
                : models.version(region, version).orElseThrow(Refused::notFound);
        return response(model);
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping("/models/{region}")
    @Operation(operationId = "saveModel", summary = "Gewijzigde gewichten of drempels opslaan als nieuwe versie")
    ResponseEntity<ModelResponse> saveModel(@PathVariable String region, @RequestBody ModelRequest body) {
        CurrentUser user = SitingAccess.require(SitingAccess.MODEL_ROLES);
        if (!models.knows(region)) {
            throw Refused.notFound();
        }
        if (body == null || body.indicators() == null || body.orangeFrom() == null || body.redFrom() == null) {
            throw Refused.badRequest(Problem.of("siting.problem.model.body"));
        }
        List<IndicatorWeight> weights = new ArrayList<>();
        Map<String, IndicatorDefinition> offered = models.indicatorsOnOffer();
        List<Problem> problems = new ArrayList<>();
        for (ModelRequest.IndicatorRequest i : body.indicators()) {
            if (i == null) {
                problems.add(Problem.at("indicators", "siting.problem.model.indicator"));
                continue;
            }
            try {
                String label = i.label() != null ? i.label() : offered.containsKey(i.key()) ? offered.get(i.key()).label() : i.key();
                weights.add(new IndicatorWeight(i.key(), label, Direction.valueOf(i.direction()),
                        i.weight() == null ? 0 : i.weight()));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(Problem.at(String.valueOf(i.key()), "siting.problem.model.indicator"));
            }
        }
        Refused.unless(problems, ScoringModels.REFUSED);
        ScoringModel model = models.save(region, weights, body.orangeFrom(), body.redFrom(), user.getUsername(), body.note());
        return ResponseEntity.status(HttpStatus.CREATED).body(response(model));
    }

    record LocalIndexImportResponse(int stored) {
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping(value = "/local-indices", consumes = "multipart/form-data")
    @Operation(operationId = "importLocalIndices", summary = "Lokale indices per buurt en jaar importeren (CSV: code, jaar, index, waarde)")
    ResponseEntity<LocalIndexImportResponse> importIndices(@RequestPart("file") MultipartFile file) throws IOException {
        CurrentUser user = SitingAccess.require(SitingAccess.SCAN_ROLES);
        int stored = indices.importCsv(file.getInputStream(),
                file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename(), user.getUsername());
        return ResponseEntity.status(HttpStatus.CREATED).body(new LocalIndexImportResponse(stored));
    }

    private ModelResponse response(ScoringModel model) {
        Map<String, String> labels = new LinkedHashMap<>();
        model.indicators().forEach(i -> labels.put(i.key(), i.label()));
        return ModelResponse.from(model, indicators.names(labels));
    }
}
