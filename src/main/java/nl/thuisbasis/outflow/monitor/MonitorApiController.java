package nl.thuisbasis.outflow.monitor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Locale;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.outflow.settings.OutflowSettings;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The outflow monitor of a region and year, and the records behind each of its figures. */
@ApiController
@RequestMapping("/api/v1/outflow")
@Tag(name = "Uitstroom", description = "Voorrangsregeling: contingenten, regels van de regio en de uitstroommonitor")
class MonitorApiController {

    private final OutflowMonitor monitor;
    private final MonitorRecords records;
    private final OutflowSettings settings;

    MonitorApiController(OutflowMonitor monitor, MonitorRecords records, OutflowSettings settings) {
        this.monitor = monitor;
        this.records = records;
        this.settings = settings;
    }

    @GetMapping("/monitor")
    @Operation(operationId = "outflowMonitor", summary = "De uitstroommonitor van een regio in een jaar (totalen)",
            description = "Wachttijd van urgentie tot aanbod tegen de norm, realisatie van het contingent per gemeente en corporatie per "
                    + "kwartaal, plafond per corporatie, uitkomsten na de afgesproken duur, instroom en uitstroom per maand.")
    MonitorResponse monitor(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
            @AuthenticationPrincipal CurrentUser user) {
        CurrentUser u = OutflowAccess.login(user);
        String code = region == null ? settings.regionFor(u).code() : settings.region(region).code();
        return MonitorResponse.from(monitor.report(u, code, year == null ? LocalDate.now(OutflowClock.ZONE).getYear() : year));
    }

    @GetMapping("/monitor/records")
    @Operation(operationId = "outflowMonitorRecords", summary = "De records achter een getal van de monitor",
            description = "figure: WAITS (key: WITHIN_NORM, LATE, WAITING, WAITING_LATE, WITHDRAWN), HOUSED_MUNICIPALITY (key: GM-code, "
                    + "quarter), HOUSED_CORPORATION (key: corporatie, quarter), CAP (key: corporatie), COMMITTED (nu voorgesteld of aangeboden; key: corporatie), OUTCOME (key: uitkomst), SIGNALS en EVICTION_PREVENTED (vroegsignalen bij de uitkomst; key: uitkomst), INFLOW en "
                    + "OUTFLOW (key: maand 1-12).")
    RecordListResponse records(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
            @RequestParam String figure, @RequestParam(required = false) String key, @RequestParam(required = false) Integer quarter,
            @AuthenticationPrincipal CurrentUser user) {
        CurrentUser u = OutflowAccess.login(user);
        OutflowMonitor.Figure f = figure(figure);
        String code = region == null ? settings.regionFor(u).code() : settings.region(region).code();
        return RecordListResponse.from(records.records(u, code, year == null ? LocalDate.now(OutflowClock.ZONE).getYear() : year, f,
                key, quarter));
    }

    /** The figure asked for (any case, - for _); none or one that does not exist is refused. */
    private static OutflowMonitor.Figure figure(String figure) {
        if (figure == null || figure.isBlank()) {
            throw Refused.invalid(OutflowMonitor.REFUSED, Problem.at("figure", "out.problem.monitor.figure.missing"));
        }
        try {
            return OutflowMonitor.Figure.valueOf(figure.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw Refused.invalid(OutflowMonitor.REFUSED, Problem.at("figure", "out.problem.monitor.figure.unknown", figure));
        }
    }
}
