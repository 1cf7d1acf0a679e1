package nl.thuisbasis.region.cbsimport;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Year;
import java.util.List;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The admin upload page for CBS files, with progress while an import runs. */
@Controller
@RequestMapping("/beheer/cbs-import")
@PreAuthorize("hasRole('ADMIN')")
class CbsImportPageController {

    private final CbsImportService imports;
    private final Forms forms;
    private final Messages messages;

    CbsImportPageController(CbsImportService imports, Forms forms, Messages messages) {
        this.imports = imports;
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping
    String form(Model model) {
        return page(new CbsImportForm(null, Year.now().getValue() - 2, null), model);
    }

    @PostMapping
    String upload(@ModelAttribute("form") CbsImportForm form, BindingResult binding, Authentication authentication,
            Model model, HttpServletResponse response) throws IOException {
        form = Forms.entered(form, binding, CbsImportForm.class);
        try {
            // a field that could not be read already says so; the form's own rule would only repeat it
            List<Problem> problems = form.problems().stream()
                    .filter(p -> p.field() == null || !binding.hasFieldErrors(p.field())).toList();
            if (Forms.unreadable(binding) || !problems.isEmpty()) {
                throw Refused.invalid(CbsImportApiController.REJECTED, problems);
            }
            ImportJob job = imports.start(form.file().getOriginalFilename(), form.file().getBytes(), form.year(),
                    form.repair(), authentication.getName());
            return "redirect:/beheer/cbs-import/" + job.id();
        } catch (Refused refused) {
            response.setStatus(refused.status());
            forms.show(model, binding, refused);
            return page(form, model);
        }
    }

    @GetMapping("/{id}")
    String job(@PathVariable ImportId id, Model model) {
        return job(id, model, "region/import-job");
    }

    /** The progress fragment the job page polls with htmx while the import runs. */
    @GetMapping("/{id}/voortgang")
    String progress(@PathVariable ImportId id, Model model) {
        return job(id, model, "region/import-job :: status");
    }

    private String job(ImportId id, Model model, String view) {
        ImportJob job = imports.job(id).orElseThrow(Refused::notFound);
        model.addAttribute("job", job);
        model.addAttribute("problems", ImportIssue.of(job, job.problems(), messages));
        model.addAttribute("repairs", ImportIssue.of(job, job.repairs(), messages));
        return view;
    }

    private String page(CbsImportForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("jobs", imports.recentJobs());
        return "region/import";
    }
}
