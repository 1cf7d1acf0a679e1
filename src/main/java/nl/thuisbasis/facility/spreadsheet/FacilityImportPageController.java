package nl.thuisbasis.facility.spreadsheet;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.http.HttpStatus;
import jakarta.servlet.http.HttpServletResponse;
import nl.thuisbasis.identity.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.domain.FacilityAccess;
import nl.thuisbasis.identity.Viewer;
import nl.thuisbasis.facility.register.FacilityFilter;
import nl.thuisbasis.facility.register.FacilityService;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page: upload a CSV or XLSX file and see it imported, or a table with every problem per row and column
 * (nothing is stored then); and the user's facilities in the import layout as a starting point for a spreadsheet.
 */
@Controller
class FacilityImportPageController {

    private final FacilityImport importer;
    private final FacilityService service;
    private final Forms forms;
    private final OnceOnly once;

    FacilityImportPageController(FacilityImport importer, FacilityService service, Forms forms, OnceOnly once) {
        this.once = once;
        this.importer = importer;
        this.service = service;
        this.forms = forms;
    }


    /** The facilities the user sees in full, in the import layout: a starting point for a spreadsheet. */
    @GetMapping({"/voorzieningen/bestand.xlsx", "/voorzieningen/bestand.csv"})
    ResponseEntity<byte[]> file(HttpServletRequest request) {
        requireRegistrar();
        List<Facility> rows = FacilityFileApiController.fullyVisible(service, FacilityFilter.ALL);
        return FacilityFileApiController.file(rows, request.getRequestURI().endsWith(".xlsx"));
    }

    /** The import form; after an import (post-redirect-get) with its outcome, reachable by its address. */
    @GetMapping("/voorzieningen/import")
    String importForm(@RequestParam(name = "ingelezen", required = false) Integer created,
            @RequestParam(name = "bestand", required = false) String fileName, Model model) {
        requireRegistrar();
        if (created != null && created >= 0) {
            model.addAttribute("createdCount", created);
            model.addAttribute("fileName", fileName == null ? "" : fileName);
        }
        return "facility/import";
    }

    @PostMapping("/voorzieningen/import")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = OnceOnly.TOKEN, required = false) String token, Model model,
            HttpServletResponse response) throws IOException {
        Viewer viewer = requireRegistrar();
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            forms.show(model, null, List.of(Problem.at("file", "facility.import.problem.noFile")));
            return "facility/import";
        }
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        try {
            byte[] content = file.getBytes();
            // post-redirect-get to the outcome; the form token makes a double tap import the file once
            return "redirect:" + once.submit(token, "facility.import", () -> UriComponentsBuilder.fromPath("/voorzieningen/import")
                    .queryParam("ingelezen", importer.importFile(viewer, name, content).size())
                    .queryParam("bestand", name).encode().build().toUriString());
        } catch (Refused refused) {
            if (refused.kind() != Refused.Kind.INVALID) {
                throw refused;
            }
            response.setStatus(refused.status());
            model.addAttribute("fileName", name);
            model.addAttribute("problems", forms.fileProblems(refused.problems()));
            return "facility/import";
        }
    }

    private static Viewer requireRegistrar() {
        Viewer viewer = CurrentUser.currentViewer();
        if (!FacilityAccess.mayRegisterAny(viewer)) {
            throw new AccessDeniedException("may not register facilities");
        }
        return viewer;
    }
}
