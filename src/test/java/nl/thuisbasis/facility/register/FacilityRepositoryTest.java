package nl.thuisbasis.facility.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityId;
import nl.thuisbasis.facility.FacilityStatus;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.facility.TargetGroup;
import nl.thuisbasis.facility.domain.FacilityAccess;
import nl.thuisbasis.identity.Viewer;
import nl.thuisbasis.facility.domain.Visibility;
import nl.thuisbasis.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@DisplayName("Listing facilities in SQL")
class FacilityRepositoryTest {

    static final List<FacilityFilter> FILTERS = List.of(FacilityFilter.ALL,
            new FacilityFilter(List.of("GM0505"), Set.of(), Set.of(), Set.of(), Set.of()),
            new FacilityFilter(List.of("GM0505", "GM0590"), Set.of(FacilityType.HOUSING_FIRST, FacilityType.SKAEVE_HUSE),
                    Set.of(), Set.of(), Set.of()),
            new FacilityFilter(List.of(), Set.of(), Set.of(TargetGroup.YOUNG_ADULTS, TargetGroup.DOMESTIC_VIOLENCE), Set.of(),
                    Set.of(FacilityStatus.IN_USE, FacilityStatus.IDEA)),
            new FacilityFilter(List.of(), Set.of(), Set.of(), Set.of("yulius", "leger-des-heils"), Set.of(FacilityStatus.CLOSED)));

    @Autowired
    FacilityRepository repository;

    static List<Viewer> viewers() {
        return List.of(Viewer.PUBLIC, new Viewer(Role.PROVIDER, "leger-des-heils", null), new Viewer(Role.PROVIDER, "yulius", null),
                new Viewer(Role.CORPORATION, "trivire", null), new Viewer(Role.MUNICIPALITY, "GM0505", "GM0505"),
                new Viewer(Role.REGION_COORDINATOR, "regio-drechtsteden-alblasserwaard", null),
                new Viewer(Role.ADMIN, "thuisbasis-beheer", null));
    }

    @Test
    void the_query_finds_exactly_what_the_filter_and_the_access_policy_allow_in_the_same_order() {
        List<Facility> all = repository.findAll();
        assertThat(all).anyMatch(Facility::secretAddress).anyMatch(f -> f.status() == FacilityStatus.IDEA);
        for (Viewer viewer : viewers()) {
            for (FacilityFilter filter : FILTERS) {
                List<FacilityId> expected = all.stream().filter(filter::matches)
                        .filter(f -> FacilityAccess.visibility(viewer, f) != Visibility.NONE).map(Facility::id).toList();
                assertThat(repository.findVisible(filter, viewer, null, 0)).extracting(Facility::id)
                        .as("%s, %s", viewer, filter).containsExactlyElementsOf(expected);
                assertThat(repository.countVisible(filter, viewer)).as("%s, %s", viewer, filter).isEqualTo(expected.size());
            }
        }
    }

    @Test
    void a_page_is_cut_in_sql_from_the_same_order() {
        Viewer admin = new Viewer(Role.ADMIN, "thuisbasis-beheer", null);
        List<Facility> every = repository.findVisible(FacilityFilter.ALL, admin, null, 0);
        assertThat(every).hasSizeGreaterThan(12);
        assertThat(repository.findVisible(FacilityFilter.ALL, admin, 5, 5)).extracting(Facility::id)
                .containsExactlyElementsOf(every.subList(5, 10).stream().map(Facility::id).toList());
        assertThat(repository.findVisible(FacilityFilter.ALL, admin, 5, every.size())).isEmpty();
    }
}
