package nl.thuisbasis.reports.figures;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Year;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.reports.ReportStatistics;
import nl.thuisbasis.platform.WorkingDays;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public figures of reports: totals per municipality and year, never per location. */
@ApiController
@RequestMapping("/api/v1/reports/totals")
@Tag(name = "Meldingen", description = "Meldingen uit de buurt: indienen en volgen met de volgcode")
class FiguresApiController {

    private final ReportStatistics statistics;

    FiguresApiController(ReportStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping
    @Operation(operationId = "reportTotals", summary = "Openbare totalen: meldingen per categorie in een gemeente in een jaar",
            description = "Nooit per locatie: een openbare lijst per locatie zou de bewoners stigmatiseren.")
    TotalsResponse totals(@RequestParam String municipality, @RequestParam(required = false) Integer year) {
        if (!municipality.matches("GM\\d{4}")) {
            throw Refused.badRequest(Problem.at("municipality", "report.problem.municipality.code"));
        }
        int y = year == null ? Year.now(WorkingDays.ZONE).getValue() : year;
        return TotalsResponse.of(municipality, y, statistics.municipalityTotals(municipality, y));
    }
}
