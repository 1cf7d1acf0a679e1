package nl.thuisbasis.outflow.signal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.outflow.domain.EarlySignals;
import nl.thuisbasis.platform.Messages;

/** An early signal as the API answers it: codes, and next to each code the words a person reads. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SignalResponse(UUID id, UUID tenancyId, UUID candidateId, String reference, String address, String municipalityCode,
        String municipalityName, String corporationCode, String corporationName, String providerCode, String providerName,
        EarlySignals.Type type, String typeName, Integer arrearsMonths, BigDecimal arrearsAmount, LocalDate receivedOn,
        @Schema(description = "De reactietermijn in werkdagen na ontvangst") int responseDays,
        @Schema(description = "Uiterlijk op deze dag een eerste reactie (een stap)") LocalDate deadline,
        @Schema(description = "Het huishouden had een signaal in de repeatWindowMonths maanden ervoor") boolean repeat,
        int repeatWindowMonths, String note, String recordedBy, Instant recordedAt, boolean open,
        @Schema(description = "Open, nog geen stap gezet en de termijn is voorbij") boolean overdue,
        EarlySignals.Age age, EarlySignals.Outcome outcome, String outcomeName, LocalDate outcomeOn, String outcomeNote,
        String outcomeBy, List<SignalStep> steps,
        @Schema(description = "De versie om mee te sturen bij een stap of uitkomst (409 als iemand anders intussen wijzigde)")
        int version) {

    record SignalStep(EarlySignals.StepKind kind, String kindName, LocalDate takenOn, String note, String recordedBy, Instant recordedAt) {
    }

    static SignalResponse from(SignalViews.SignalView s, Messages messages) {
        return new SignalResponse(s.id(), s.tenancyId(), s.candidateId(), s.reference(), s.address(), s.municipalityCode(),
                s.municipalityName(), s.corporationCode(), s.corporationName(), s.providerCode(), s.providerName(), s.type(),
                messages.text("out.signal.type." + s.type().name()), s.arrearsMonths(),
                s.arrearsAmount() == null ? null : BigDecimal.valueOf(s.arrearsAmount().cents(), 2), s.receivedOn(), s.responseDays(),
                s.deadline(), s.repeat(), s.repeatWindowMonths(), s.note(), s.recordedBy(), s.recordedAt(), s.open(), s.overdue(),
                s.age(), s.outcome(), s.outcome() == null ? null : messages.text("out.signal.outcome." + s.outcome().name()),
                s.outcomeOn(), s.outcomeNote(), s.outcomeBy(),
                s.steps().stream().map(st -> new SignalStep(st.kind(), messages.text("out.signal.step." + st.kind().name()), st.takenOn(),
                        st.note(), st.recordedBy(), st.recordedAt())).toList(), s.version());
    }

    /** A household the caller may record a signal about. */
    record SignalHousehold(UUID tenancyId, UUID candidateId, String reference, String address, String municipalityName,
            String corporationName) {

        static SignalHousehold from(SignalViews.HouseholdView h) {
            return new SignalHousehold(h.tenancyId(), h.candidateId(), h.reference(), h.address(), h.municipalityName(),
                    h.corporationName());
        }
    }

    /** The open signals the caller may see, per age band and type: counts only; each with the list query behind it. */
    record SignalOverview(LocalDate today, int total, List<SignalOverviewCell> cells, Map<EarlySignals.Age, Integer> perAge,
            Map<EarlySignals.Type, Integer> perType) {

        record SignalOverviewCell(EarlySignals.Age age, String ageName, EarlySignals.Type type, String typeName, int count,
                @Schema(description = "De lijst met precies deze signalen") String records) {
        }

        static SignalOverview from(SignalViews.Overview o, Messages messages) {
            List<SignalOverviewCell> cells = o.ages().stream().flatMap(a -> o.types().stream().map(t -> new SignalOverviewCell(a,
                    messages.text("out.signal.age." + a.name()), t, messages.text("out.signal.type." + t.name()), o.count(a, t),
                    "/api/v1/outflow/signals?age=" + a.name() + "&type=" + t.name()))).toList();
            return new SignalOverview(o.today(), o.total(), cells, o.perAge(), o.perType());
        }
    }
}
