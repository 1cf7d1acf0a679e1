package nl.thuisbasis.outflow.vacancy;

import nl.thuisbasis.outflow.common.Euros;
import java.time.LocalDate;

/**
 * The form of a vacancy, offering or correcting it: rent in euros as people type it ("712,50"); {@code version} is the
 * version the correction was opened at (a hidden field).
 */
record VacancyForm(String onceToken, String address, String postcode, String neighbourhood, Integer bedrooms, Euros rent, Integer floor,
        Boolean lift, Boolean wheelchair, LocalDate availableFrom, Integer version) {

    /** A new vacancy: empty; the floor (which decides who it suits) and the date it is available are entered. */
    static VacancyForm empty() {
        return new VacancyForm(null, null, null, null, null, null, null, null, null, null, null);
    }

    static VacancyForm of(Vacancies.VacancyView v) {
        return new VacancyForm(null, v.address(), v.postcode(), v.neighbourhoodCode(), v.bedrooms(), Euros.ofCents(v.rentCents()),
                v.floor(), v.lift(), v.wheelchair(), v.availableFrom(), v.version());
    }

    Vacancies.Draft draft() {
        return new Vacancies.Draft(address, postcode, neighbourhood, bedrooms, rent == null ? null : rent.cents(), floor,
                Boolean.TRUE.equals(lift), Boolean.TRUE.equals(wheelchair), availableFrom);
    }
}
