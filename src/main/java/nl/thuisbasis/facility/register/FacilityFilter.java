package nl.thuisbasis.facility.register;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityStatus;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.facility.TargetGroup;

/** Which facilities to list; an empty set means "any". Several values within one field mean "one of". */
public record FacilityFilter(List<String> municipalityCodes, Set<FacilityType> types, Set<TargetGroup> targetGroups,
        Set<String> providerCodes, Set<FacilityStatus> statuses) {

    public static final FacilityFilter ALL = new FacilityFilter(List.of(), Set.of(), Set.of(), Set.of(), Set.of());

    public FacilityFilter {
        municipalityCodes = municipalityCodes == null ? List.of() : List.copyOf(municipalityCodes);
        types = types == null ? Set.of() : Set.copyOf(types);
        targetGroups = targetGroups == null ? Set.of() : Set.copyOf(targetGroups);
        providerCodes = providerCodes == null ? Set.of() : Set.copyOf(providerCodes);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static FacilityFilter inMunicipalities(Collection<String> codes) {
        return new FacilityFilter(List.copyOf(codes), Set.of(), Set.of(), Set.of(), Set.of());
    }

    /** The filter in Java: the same as FacilityRepository's where clause (FacilityRepositoryTest compares the two). */
    public boolean matches(Facility f) {
        return (municipalityCodes.isEmpty() || municipalityCodes.contains(f.municipalityCode()))
                && (types.isEmpty() || types.contains(f.type()))
                && (targetGroups.isEmpty() || f.targetGroups().stream().anyMatch(targetGroups::contains))
                && (providerCodes.isEmpty() || providerCodes.contains(f.providerCode()))
                && (statuses.isEmpty() || statuses.contains(f.status()));
    }
}
