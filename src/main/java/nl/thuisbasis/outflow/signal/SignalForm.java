package nl.thuisbasis.outflow.signal;

import java.time.LocalDate;
import java.util.UUID;
import nl.thuisbasis.outflow.common.Euros;
import nl.thuisbasis.outflow.domain.EarlySignals;

/** Recording a signal: the household chosen from the recorder's own, the type, the arrears where they apply. */
record SignalForm(String onceToken, UUID tenancyId, EarlySignals.Type type, Integer arrearsMonths, Euros arrearsAmount,
        LocalDate receivedOn, String note) {

    EarlySignalRegister.Draft draft() {
        return new EarlySignalRegister.Draft(tenancyId, type, arrearsMonths, Euros.cents(arrearsAmount), receivedOn, note);
    }
}
