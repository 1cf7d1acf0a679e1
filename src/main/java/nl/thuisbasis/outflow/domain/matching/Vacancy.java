package nl.thuisbasis.outflow.domain.matching;

import java.util.Set;

/** A vacancy offered to the contingent: corporation, municipality, neighbourhood, bedrooms, rent, what access it has. */
public record Vacancy(String id, String corporation, String municipality, String neighbourhood, int bedrooms, int rent,
        Set<Access> access) {

    public Vacancy {
        access = Set.copyOf(access);
    }
}
