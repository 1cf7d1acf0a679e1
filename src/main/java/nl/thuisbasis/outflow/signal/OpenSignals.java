package nl.thuisbasis.outflow.signal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.ArrayList;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.outflow.Signals;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.outflow.domain.EarlySignals;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The open signals of a care provider's candidacies, for the trajectory's caseload (each one shown is a logged read). */
@Service
class OpenSignals implements Signals {

    private final SignalRepository repository;
    private final ProcessingLog log;
    private final OutflowClock clock;

    OpenSignals(SignalRepository repository, ProcessingLog log, OutflowClock clock) {
        this.repository = repository;
        this.log = log;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Map<UUID, List<OpenSignal>> openFor(String providerCode, Collection<UUID> candidateIds) {
        Map<UUID, List<OpenSignal>> open = new LinkedHashMap<>();
        if (providerCode == null || candidateIds.isEmpty()) {
            return open;
        }
        LocalDate today = clock.today();
        List<SignalRepository.Row> rows = repository.openOf(providerCode, candidateIds);
        for (SignalRepository.Row r : rows) {
            open.computeIfAbsent(r.candidateId(), k -> new ArrayList<>()).add(new OpenSignal(r.id(), r.type().name(),
                    "out.signal.type." + r.type().name(), r.receivedOn(), r.deadline(), r.repeat(),
                    EarlySignals.overdue(r.deadline(), r.responded(), false, today)));
        }
        log.recordEach(rows.stream().map(r -> SignalReading.read(r.candidateId(), r.id())).toList());
        return open;
    }
}
