package nl.thuisbasis.siting.model;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.RegionProperties;
import nl.thuisbasis.siting.Direction;
import nl.thuisbasis.siting.IndicatorDefinition;
import nl.thuisbasis.siting.domain.IndicatorWeight;
import nl.thuisbasis.siting.domain.ScoringModel;
import nl.thuisbasis.siting.indicator.Indicators;
import nl.thuisbasis.platform.DecimalInput;
import nl.thuisbasis.siting.shared.FormChecks;
import nl.thuisbasis.siting.shared.SitingAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The scoring model of the region in the browser: its indicators with weight and direction, the thresholds, the
 * versions, and importing local indices. Everyone who scans sees it; coordinators and admins change it.
 */
@Controller
class ModelPageController {

    private final ScoringModels models;
    private final Indicators indicators;
    private final LocalIndexImport indices;
    private final RegionProperties regionProperties;
    private final Forms forms;
    private final Messages messages;
    private final OnceOnly once;

    ModelPageController(ScoringModels models, Indicators indicators, LocalIndexImport indices,
            RegionProperties regionProperties, Forms forms, Messages messages, OnceOnly once) {
        this.once = once;
        this.models = models;
        this.indicators = indicators;
        this.indices = indices;
        this.regionProperties = regionProperties;
        this.forms = forms;
        this.messages = messages;
    }


    /** One row of the model's table: an indicator of the model, or one on offer that is not in it yet (weight 0). */
    record IndicatorRow(String key, String name, Direction direction, double weight) {

        public String weightField() {
            return ModelForm.weightField(key);
        }

        public String directionField() {
            return ModelForm.directionField(key);
        }
    }

    /** A problem of an imported file, with the row it is on (0: the file as a whole). */
    record FileProblem(int row, String text) {
    }

    @GetMapping("/draagkracht/model")
    String scoringModel(@RequestParam(name = "versie", required = false) Integer savedVersion,
            @RequestParam(name = "indices", required = false) Integer indexStored, Model model) {
        if (savedVersion != null) {
            model.addAttribute("savedVersion", savedVersion);
        }
        if (indexStored != null) {
            model.addAttribute("indexStored", indexStored);
        }
        return scoringModel(model);
    }

    private String scoringModel(Model model) {
        SitingAccess.require(SitingAccess.SCAN_ROLES);
        String region = regionProperties.demoRegion();
        ScoringModel current = models.current(region);
        List<IndicatorRow> rows = rows(current);
        model.addAttribute("scoringModel", current);
        model.addAttribute("rows", rows);
        if (!model.containsAttribute("form")) {
            Map<String, String> weights = new LinkedHashMap<>();
            Map<String, Direction> directions = new LinkedHashMap<>();
            rows.forEach(r -> {
                weights.put(r.key(), String.valueOf(r.weight()));
                directions.put(r.key(), r.direction());
            });
            model.addAttribute("form", new ModelForm(weights, directions, current.orangeFrom(), current.redFrom(), null, null));
        }
        model.addAttribute("history", models.history(region));
        model.addAttribute("mayEdit", SitingAccess.has(SitingAccess.MODEL_ROLES));
        model.addAttribute("directions", Direction.values());
        return "siting/model";
    }

    /**
     * Saves the weights as a new version. A refused model shows the form again with status 200 (as it always did:
     * the authorisation test tells a coordinator's refused form from a forbidden one by it).
     */
    @PostMapping("/draagkracht/model")
    String saveModel(@ModelAttribute("form") ModelForm form, BindingResult binding, Model model,
            HttpServletResponse response) {
        CurrentUser user = SitingAccess.require(SitingAccess.MODEL_ROLES);
        form = Forms.entered(form, binding, ModelForm.class);
        model.addAttribute("form", form);
        String region = regionProperties.demoRegion();
        List<Problem> problems = new ArrayList<>();
        List<IndicatorWeight> weights = weights(form, problems);
        if (form.orangeFrom() == null) {
            problems.add(Problem.at("orangeFrom", "siting.problem.model.orangeFrom"));
        }
        if (form.redFrom() == null) {
            problems.add(Problem.at("redFrom", "siting.problem.model.redFrom"));
        }
        try {
            if (Forms.unreadable(binding) || !problems.isEmpty()) {
                if (form.orangeFrom() != null && form.redFrom() != null) {
                    problems.addAll(models.problems(region, weights, form.orangeFrom(), form.redFrom()));
                }
                throw Refused.invalid(ScoringModels.REFUSED, FormChecks.besides(binding, problems));
            }
            ModelForm entered = form;
            // a new version once per form (a reload or double tap saves no second version), shown by its address
            return "redirect:" + once.submit(form.onceToken(), "siting.model", () -> "/draagkracht/model?versie="
                    + models.save(region, weights, entered.orangeFrom(), entered.redFrom(), user.getUsername(),
                            entered.note() == null || entered.note().isBlank() ? null : entered.note()).version());
        } catch (Refused refused) {
            if (refused.kind() == Refused.Kind.NOT_FOUND) {
                throw refused;
            }
            response.setStatus(refused.status());
            forms.show(model, binding, refused);
            return scoringModel(model);
        }
    }

    @PostMapping("/draagkracht/indices")
    String importIndices(@RequestParam("bestand") MultipartFile file,
            @RequestParam(name = OnceOnly.TOKEN, required = false) String token, Model model, HttpServletResponse response)
            throws IOException {
        CurrentUser user = SitingAccess.require(SitingAccess.SCAN_ROLES);
        try {
            if (file.isEmpty()) {
                throw Refused.invalid(LocalIndexImport.REFUSED, Problem.at("bestand", "siting.problem.file.choose"));
            }
            byte[] content = file.getBytes();
            String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
            // post-redirect-get, once per form: the outcome is a page of its own
            return "redirect:" + once.submit(token, "siting.indices", () -> {
                try {
                    return "/draagkracht/model?indices="
                            + indices.importCsv(new java.io.ByteArrayInputStream(content), name, user.getUsername());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (Refused refused) {
            response.setStatus(refused.status());
            model.addAttribute("indexProblems", refused.problems().stream()
                    .map(p -> new FileProblem(p.row() == null ? 0 : p.row(), messages.text(p))).toList());
        }
        return scoringModel(model);
    }

    /** The model's indicators, then those on offer that it does not have yet, each with its name in the reader's language. */
    private List<IndicatorRow> rows(ScoringModel current) {
        Map<String, String> labels = new LinkedHashMap<>();
        current.indicators().forEach(i -> labels.put(i.key(), i.label()));
        Map<String, IndicatorDefinition> offered = models.indicatorsOnOffer();
        offered.values().forEach(i -> labels.putIfAbsent(i.key(), i.label()));
        Map<String, String> names = indicators.names(labels);
        List<IndicatorRow> rows = new ArrayList<>();
        current.indicators().forEach(i -> rows.add(new IndicatorRow(i.key(), names.get(i.key()), i.direction(), i.weight())));
        offered.values().stream().filter(i -> current.indicators().stream().noneMatch(w -> w.key().equals(i.key())))
                .forEach(i -> rows.add(new IndicatorRow(i.key(), names.get(i.key()), i.direction(), 0)));
        return rows;
    }

    /** The weights as entered for every indicator on offer (none entered: 0; no direction: its usual one). */
    private List<IndicatorWeight> weights(ModelForm form, List<Problem> problems) {
        Map<String, IndicatorDefinition> offered = models.indicatorsOnOffer();
        Map<String, String> labels = new LinkedHashMap<>();
        offered.values().forEach(i -> labels.put(i.key(), i.label()));
        Map<String, String> names = indicators.names(labels);
        List<IndicatorWeight> weights = new ArrayList<>();
        for (IndicatorDefinition indicator : offered.values()) {
            String entered = form.weights().get(indicator.key());
            Direction direction = form.directions().get(indicator.key());
            double w;
            try {
                Double weight = DecimalInput.parse(entered);
                w = weight == null ? 0 : weight;
            } catch (IllegalArgumentException e) {
                problems.add(Problem.at(ModelForm.weightField(indicator.key()), "siting.problem.model.weight.number",
                        names.get(indicator.key()), entered));
                continue;
            }
            if (w < 0 || w > 100) {
                problems.add(Problem.at(ModelForm.weightField(indicator.key()), "siting.problem.model.weight.range",
                        names.get(indicator.key())));
                continue;
            }
            weights.add(new IndicatorWeight(indicator.key(), indicator.label(),
                    direction == null ? indicator.direction() : direction, w));
        }
        return weights;
    }
}
