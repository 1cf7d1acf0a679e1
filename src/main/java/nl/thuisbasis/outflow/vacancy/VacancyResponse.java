package nl.thuisbasis.outflow.vacancy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A vacancy as the API shows it (also inside a matching round's proposals). */
public record VacancyResponse(UUID id, String regionCode, String corporationCode, String corporationName, String address,
        String postcode, String municipalityCode, String municipalityName, String neighbourhoodCode, String neighbourhoodName,
        int bedrooms, int rentCents, int floor, boolean lift, boolean wheelchair, LocalDate availableFrom, Vacancies.Status status,
        String createdBy, Instant createdAt, int version) {

    public static VacancyResponse from(Vacancies.VacancyView v) {
        return new VacancyResponse(v.id(), v.regionCode(), v.corporationCode(), v.corporationName(), v.address(), v.postcode(),
                v.municipalityCode(), v.municipalityName(), v.neighbourhoodCode(), v.neighbourhoodName(), v.bedrooms(),
                v.rentCents(), v.floor(), v.lift(), v.wheelchair(), v.availableFrom(), v.status(), v.createdBy(), v.createdAt(),
                v.version());
    }
}
