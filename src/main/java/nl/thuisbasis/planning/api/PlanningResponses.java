package nl.thuisbasis.planning.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.planning.analysis.ResultRow;
import nl.thuisbasis.planning.analysis.Run;
import nl.thuisbasis.planning.domain.Parameter;
import nl.thuisbasis.planning.page.SourceTexts;
import nl.thuisbasis.planning.parameters.ParameterSet;

/** The planning API's answers. */
final class PlanningResponses {

    private PlanningResponses() {
    }

    @Schema(name = "PlanningParameterSet", description = "Een versie van de parameters van een regio; verandert nooit meer")
    record ParameterSetResponse(UUID id, String region, int version, UUID basedOn, String note, String createdBy,
            Instant createdAt, @Schema(description = "Leeg in een lijst van versies") List<ParameterResponse> parameters) {

        static ParameterSetResponse of(ParameterSet s, SourceTexts sources) {
            return new ParameterSetResponse(s.id(), s.regionCode(), s.version(), s.basedOn(), s.note(), s.createdBy(),
                    s.createdAt(), s.parameters().stream().map(p -> ParameterResponse.of(p, sources)).toList());
        }
    }

    @Schema(name = "PlanningParameter", description = "Een waarde met haar bron: gemeten uit de registraties, met de hand "
            + "gezet (door wie, waarom), uit de bronnen van de regio (seeds) of afgeleid")
    record ParameterResponse(String key, @Schema(description = "Gemeentecode, of leeg voor de hele regio") String municipality,
            String type, String toType, @Schema(type = "string", example = "2027-07") YearMonth month, double value,
            String source, @Schema(description = "Waar de waarde vandaan komt, in de taal van de vraag") String sourceText,
            String setBy, String reason) {

        static ParameterResponse of(Parameter p, SourceTexts sources) {
            return new ParameterResponse(p.key().name(), p.scope(), p.type() == null ? null : p.type().name(),
                    p.toType() == null ? null : p.toType().name(), p.month(), p.value(), p.source().name(), sources.text(p),
                    p.setBy(), p.reason());
        }
    }

    @Schema(name = "PlanningRun", description = "Een bewaarde analyse: parameterversie, scenario, seed en stand")
    record PlanningRunResponse(UUID id, String region, UUID parameterSet, int parameterSetVersion, String name, double stayFactor,
            double inflowFactor, double outsideInflowPerYear, int delayMonths, long seed, int runs, int firstYear, int lastYear,
            @Schema(allowableValues = {"RUNNING", "DONE", "FAILED"}) String status, int runsDone, Double seconds,
            String createdBy, Instant createdAt, Instant finishedAt) {

        static PlanningRunResponse of(Run r) {
            return new PlanningRunResponse(r.id(), r.regionCode(), r.setId(), r.setVersion(), r.scenario().name(),
                    r.scenario().stayFactor(), r.scenario().inflowFactor(), r.scenario().outsideInflowPerYear(),
                    r.scenario().delayMonths(), r.seed(), r.runs(), r.firstYear(), r.lastYear(), r.status().name(), r.runsDone(),
                    r.seconds(), r.createdBy(), r.createdAt(), r.finishedAt());
        }
    }

    @Schema(name = "PlanningResult", description = "Vraag (P10/P50/P90 over de runs, het gemiddelde en de deterministische "
            + "projectie), wachtenden en aanbod van een gemeente (of leeg: de hele regio), een woonvorm en een jaar")
    record ResultResponse(String municipality, String type, int year, double demandP10, double demandP50, double demandP90,
            double demandMean, double deterministic, double waitingP50, double waitingP90, double supply, double gap) {

        static ResultResponse of(ResultRow r) {
            return new ResultResponse(r.scope(), r.type().name(), r.year(), r.demandP10(), r.demandP50(), r.demandP90(),
                    r.demandMean(), r.deterministic(), r.waitingP50(), r.waitingP90(), r.supply(), r.gap());
        }
    }
}
