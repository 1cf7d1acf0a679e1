package nl.thuisbasis.siting.heatmap;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.platform.Choice;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.region.RegionProperties;
import nl.thuisbasis.siting.shared.FormChecks;
import nl.thuisbasis.siting.shared.SitingAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import tools.jackson.databind.json.JsonMapper;

/** The region heatmap in the browser: the map and the same figures as a table, most strained first. */
@Controller
class HeatmapPageController {

    private final Heatmaps heatmaps;
    private final RegionCatalog regions;
    private final RegionProperties regionProperties;
    private final JsonMapper json;
    private final Forms forms;

    HeatmapPageController(Heatmaps heatmaps, RegionCatalog regions, RegionProperties regionProperties, JsonMapper json,
            Forms forms) {
        this.heatmaps = heatmaps;
        this.regions = regions;
        this.regionProperties = regionProperties;
        this.json = json;
        this.forms = forms;
    }

    /** One row of the table. */
    record Row(String code, String name, String municipality, Long strain, String verdict) {
    }

    /** The municipality filter's choices: the region's municipalities by name. */
    private List<Choice> municipalities(Region region) {
        return regions.areas(region.municipalityCodes()).stream()
                .sorted(Comparator.comparing(Area::name)).map(a -> new Choice(a.code(), a.name())).toList();
    }

    @GetMapping("/draagkracht/heatmap")
    String heatmap(@ModelAttribute("form") HeatmapForm form, BindingResult binding, Model model,
            HttpServletResponse response) {
        SitingAccess.require(SitingAccess.SCAN_ROLES);
        form = Forms.entered(form, binding, HeatmapForm.class)
                .withDefaults(binding.hasFieldErrors("type"), binding.hasFieldErrors("capacity"));
        model.addAttribute("form", form);
        model.addAttribute("types", FacilityType.values());
        String region = regionProperties.demoRegion();
        Region shown = regions.region(region).orElseThrow();
        model.addAttribute("region", shown);
        List<Choice> municipalities = municipalities(shown);
        model.addAttribute("municipalities", municipalities);
        String chosen = form.municipality();
        String municipality = municipalities.stream().anyMatch(c -> c.value().equals(chosen)) ? chosen : null;
        try {
            if (Forms.unreadable(binding) || !Heatmaps.problems(form.capacity()).isEmpty()) {
                throw Refused.invalid(Heatmaps.REFUSED, FormChecks.besides(binding, Heatmaps.problems(form.capacity())));
            }
            show(heatmaps.heatmap(region, form.type(), form.capacity()), municipality, model);
        } catch (Refused refused) {
            if (refused.kind() == Refused.Kind.NOT_FOUND) {
                throw refused;
            }
            response.setStatus(refused.status());
            forms.show(model, binding, refused);
        }
        return "siting/heatmap";
    }

    private void show(Heatmap heatmap, String municipality, Model model) {
        Map<String, Area> areas = new LinkedHashMap<>();
        regions.areas(heatmap.cells().stream().map(Heatmap.Cell::areaCode).toList()).forEach(a -> areas.put(a.code(), a));
        Map<String, String> municipalityNames = new LinkedHashMap<>();
        regions.areas(areas.values().stream().map(Area::municipalityCode).distinct().toList())
                .forEach(a -> municipalityNames.put(a.code(), a.name()));
        List<Row> rows = new ArrayList<>();
        Map<String, Object> cells = new LinkedHashMap<>();
        heatmap.cells().stream().filter(c -> municipality == null
                || (areas.get(c.areaCode()) != null && municipality.equals(areas.get(c.areaCode()).municipalityCode())))
                .sorted(Comparator.comparingDouble((Heatmap.Cell c) ->
                Double.isNaN(c.strain()) ? -1 : c.strain()).reversed()).forEach(c -> {
            Area area = areas.get(c.areaCode());
            rows.add(new Row(c.areaCode(), area == null ? "" : area.name(),
                    area == null ? "" : municipalityNames.getOrDefault(area.municipalityCode(), ""),
                    Double.isNaN(c.strain()) ? null : Math.round(c.strain()), c.verdict().name()));
            cells.put(c.areaCode(), Map.of("verdict", c.verdict().name(),
                    "strain", Double.isNaN(c.strain()) ? -1 : Math.round(c.strain())));
        });
        model.addAttribute("rows", rows);
        model.addAttribute("cells", json.writeValueAsString(cells));
        model.addAttribute("modelVersion", heatmap.modelVersion());
    }
}
