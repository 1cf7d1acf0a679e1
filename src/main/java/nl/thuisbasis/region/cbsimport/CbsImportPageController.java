package nl.thuisbasis.region;

import java.io.IOException;
import java.time.Year;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** The admin upload page for CBS files, with progress while an import runs. */
@Controller
@RequestMapping("/beheer/cbs-import")
@PreAuthorize("hasRole('ADMIN')")
class CbsImportPageController {

    private final CbsImportService imports;

    CbsImportPageController(CbsImportService imports) {
        this.imports = imports;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("year", Year.now().getValue() - 2);
        model.addAttribute("jobs", imports.recentJobs());
        return "region/import";
    }

    @PostMapping
    String upload(@RequestParam("bestand") MultipartFile file, @RequestParam(value = "jaar", required = false) String year,
            @RequestParam(value = "herstel", defaultValue = "false") boolean repair, Authentication authentication,
            Model model) throws IOException {
        Integer parsedYear = parseYear(year);
        if (file == null || file.isEmpty() || parsedYear == null) {
            model.addAttribute("error", file == null || file.isEmpty() ? "import.error.file" : "import.error.year");
            model.addAttribute("year", year);
            model.addAttribute("jobs", imports.recentJobs());
            return "region/import";
        }
        ImportJob job = imports.start(file.getOriginalFilename(), file.getBytes(), parsedYear, repair,
                authentication.getName());
        return "redirect:/beheer/cbs-import/" + job.id();
    }

    @GetMapping("/{id}")
    String job(@PathVariable UUID id, Model model) {
        model.addAttribute("job", imports.job(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "region/import-job";
    }

    /** The progress fragment the job page polls with htmx while the import runs. */
    @GetMapping("/{id}/voortgang")
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute("job", imports.job(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "region/import-job :: status";
    }

    private static Integer parseYear(String year) {
        try {
            int value = Integer.parseInt(year == null ? "" : year.trim());
            return value >= 1990 && value <= 2100 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
