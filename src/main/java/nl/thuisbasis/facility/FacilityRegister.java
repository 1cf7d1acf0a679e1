package nl.thuisbasis.facility;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the register for other modules (the capacity scan, planning). */
@Service
@Transactional(readOnly = true)
public class FacilityRegister {

    private final FacilityRepository repository;

    FacilityRegister(FacilityRepository repository) {
        this.repository = repository;
    }

    /**
     * The facilities that load a neighbourhood in the capacity scan: in use or being realised, secret addresses
     * left out (they count only in municipality totals, never at neighbourhood or address level).
     */
    public List<Facility> forCapacityScan() {
        return repository.findAll().stream()
                .filter(f -> !f.secretAddress())
                .filter(f -> f.status() == FacilityStatus.IN_USE || f.status() == FacilityStatus.BEING_REALISED)
                .toList();
    }

}
