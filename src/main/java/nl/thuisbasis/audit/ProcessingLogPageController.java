package nl.thuisbasis.audit;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Admins search the processing log. Searching is itself logged: the log holds personal data. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ProcessingLogPageController {

    private final ProcessingLog log;

    ProcessingLogPageController(ProcessingLog log) {
        this.log = log;
    }

    @GetMapping("/beheer/logboek")
    String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String actie,
            @RequestParam(required = false) String objecttype, @RequestParam(required = false) String objectid,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate van,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tot, Model model) {
        ProcessingLogQuery query = new ProcessingLogQuery(actor, actie, objecttype, objectid, van, tot, 200);
        model.addAttribute("query", query);
        model.addAttribute("entries", log.search(query));
        log.record(Processing.of("READ", "verwerkingenlogboek", null, "Toezicht op verwerkingen", LegalBasis.OPERATION)
                .withDetails("zoekopdracht in het logboek"));
        return "audit/log";
    }
}
