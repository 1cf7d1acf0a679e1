package nl.thuisbasis.siting.scan;

import jakarta.servlet.http.HttpServletResponse;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.region.GeoLookup;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.siting.shared.FormChecks;
import nl.thuisbasis.siting.shared.SitingAccess;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The capacity scan in the browser: choose a point on the map, see the verdict and why, save it as a decision
 * record (with PDF). Notes, the heatmap and the model have their own controllers.
 */
@Controller
class ScanPageController {

    private final Scans scans;
    private final SavedScans saved;
    private final ScanTexts texts;
    private final ScanReport report;
    private final JsonMapper json;
    private final ProcessingLog log;
    private final Forms forms;
    private final OnceOnly once;
    private final ScanNames names;
    private final GeoLookup geo;

    ScanPageController(Scans scans, SavedScans saved, ScanTexts texts, ScanReport report, JsonMapper json,
            ProcessingLog log, Forms forms, OnceOnly once, ScanNames names, GeoLookup geo) {
        this.names = names;
        this.geo = geo;
        this.once = once;
        this.scans = scans;
        this.saved = saved;
        this.texts = texts;
        this.report = report;
        this.json = json;
        this.log = log;
        this.forms = forms;
    }


    /** The scan form, filled in from the address when given (e.g. from the facility map), and the recent scans. */
    @GetMapping("/draagkracht")
    String start(@ModelAttribute("form") ScanForm form, BindingResult binding, Model model) {
        SitingAccess.require(SitingAccess.SCAN_ROLES);
        model.addAttribute("form", Forms.entered(form, binding, ScanForm.class));
        return start(model);
    }

    @GetMapping("/draagkracht/scan")
    String scan(@ModelAttribute("form") ScanForm form, BindingResult binding, Model model, HttpServletResponse response) {
        CurrentUser user = SitingAccess.require(SitingAccess.SCAN_ROLES);
        form = Forms.entered(form, binding, ScanForm.class);
        if (form.lon() == null && form.lat() == null && form.area() != null && !binding.hasFieldErrors()) {
            // a row of the heatmap: the scan of a point inside that area, with its explanation
            ScanForm entered = form;
            form = geo.interiorPoint(form.area()).map(c -> entered.at(c.getX(), c.getY())).orElse(form);
        }
        try {
            ScanResult result = scans.scan(checked(form, binding));
            model.addAttribute("scan", texts.view(saved.unsaved(result, user.getUsername(), user.organisationCode())));
            model.addAttribute("saved", false);
            return result(model);
        } catch (Refused refused) {
            return refused(refused, form, binding, model, response);
        }
    }

    @PostMapping("/draagkracht/scans")
    String save(@ModelAttribute("form") ScanForm form, BindingResult binding, Model model, HttpServletResponse response) {
        CurrentUser user = SitingAccess.require(SitingAccess.SCAN_ROLES);
        form = Forms.entered(form, binding, ScanForm.class);
        try {
            Candidate candidate = checked(form, binding);
            // the saved scan is a page of its own (post-redirect-get); a reload or double tap saves it once
            return "redirect:" + once.submit(form.onceToken(), "siting.scan", () -> "/draagkracht/scans/"
                    + saved.save(scans.scan(candidate), user.getUsername(), user.organisationCode()).id() + "?bewaard");
        } catch (Refused refused) {
            return refused(refused, form, binding, model, response);
        }
    }

    @GetMapping("/draagkracht/scans/{id}")
    String savedScan(@PathVariable ScanId id, Model model) {
        SitingAccess.require(SitingAccess.SCAN_ROLES);
        model.addAttribute("scan", texts.view(saved.find(id).orElseThrow(Refused::notFound)));
        model.addAttribute("saved", true);
        return result(model);
    }

    @GetMapping("/draagkracht/scans/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable ScanId id) {
        SitingAccess.require(SitingAccess.SCAN_ROLES);
        ScanSnapshot scan = saved.find(id).orElseThrow(Refused::notFound);
        log.record(Processing.of("siting.scan.pdf", "scan", id.toString(), SitingAccess.PURPOSE, LegalBasis.PUBLIC_TASK_WMO));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"" + ScanReport.fileName(scan) + "\"")
                .body(report.pdf(texts.view(scan)));
    }

    /** The candidate of a form that could be read and is complete; otherwise every problem at once. */
    private Candidate checked(ScanForm form, BindingResult binding) {
        var problems = scans.problems(form.lon(), form.lat(), form.type(), form.capacity());
        if (Forms.unreadable(binding) || !problems.isEmpty()) {
            throw Refused.invalid(Scans.REFUSED, FormChecks.besides(binding, problems));
        }
        return form.candidate();
    }

    private String refused(Refused refused, ScanForm form, BindingResult binding, Model model, HttpServletResponse response) {
        if (refused.kind() == Refused.Kind.NOT_FOUND) {
            throw refused;
        }
        response.setStatus(refused.status());
        forms.show(model, binding, refused);
        model.addAttribute("form", form);
        return start(model);
    }

    private String start(Model model) {
        CurrentUser user = SitingAccess.require(SitingAccess.SCAN_ROLES);
        model.addAttribute("recent", saved.list(SitingAccess.scope(user), 10, 0));
        model.addAttribute("types", FacilityType.values());
        return "siting/start";
    }

    private String result(Model model) {
        ScanResponse scan = (ScanResponse) model.getAttribute("scan");
        model.addAttribute("facilitiesJson", json.writeValueAsString(scan.facilitiesInRadius()));
        // words, not codes: the municipality's name, the name of the person who saved it and of their organisation
        model.addAllAttributes(names.of(scan));
        return "siting/result";
    }
}
