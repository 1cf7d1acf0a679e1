package nl.thuisbasis.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.thuisbasis.reports.domain.Routing.Place;
import nl.thuisbasis.reports.domain.Routing.Rule;
import nl.thuisbasis.reports.domain.Routing.Target;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Routing of reports")
class RoutingTest {

    static final Place AT_FACILITY = new Place("f-1", "leger-des-heils", "GM0505");
    static final Place IN_THE_STREET = new Place(null, null, "GM0505");
    static final Place NOWHERE = new Place(null, null, null);

    @Test
    void without_rules_a_facility_report_goes_to_its_provider_and_any_other_to_the_municipality() {
        assertThat(Routing.route("NOISE", AT_FACILITY, List.of())).extracting(Routing.Route::target, Routing.Route::queue)
                .containsExactly(Target.PROVIDER, "leger-des-heils");
        assertThat(Routing.route("NOISE", IN_THE_STREET, List.of())).extracting(Routing.Route::target, Routing.Route::queue)
                .containsExactly(Target.MUNICIPALITY, "GM0505");
        assertThat(Routing.route("NOISE", NOWHERE, List.of())).extracting(Routing.Route::target, Routing.Route::queue)
                .containsExactly(Target.REGION, null);
    }

    @Test
    void the_most_specific_rule_wins() {
        List<Rule> rules = List.of(
                new Rule(null, null, null, Target.MUNICIPALITY, null),
                new Rule("AGGRESSION", null, null, Target.POLICE, "Wijkagent, 0900-8844"),
                new Rule("AGGRESSION", "GM0505", null, Target.POLICE, "Wijkagent Dordrecht"),
                new Rule(null, "GM0505", "f-1", Target.PROVIDER, "Locatiemanager"));
        assertThat(Routing.route("NOISE", IN_THE_STREET, rules).target()).isEqualTo(Target.MUNICIPALITY);
        Routing.Route aggression = Routing.route("AGGRESSION", IN_THE_STREET, rules);
        assertThat(aggression.target()).isEqualTo(Target.POLICE);
        assertThat(aggression.contact()).isEqualTo("Wijkagent Dordrecht");
        assertThat(aggression.queue()).as("police routes land in the municipality's queue").isEqualTo("GM0505");
        assertThat(Routing.route("AGGRESSION", AT_FACILITY, rules).contact()).as("facility beats municipality and category")
                .isEqualTo("Locatiemanager");
        assertThat(Routing.route("AGGRESSION", new Place(null, null, "GM0482"), rules).contact()).isEqualTo("Wijkagent, 0900-8844");
    }

    @Test
    void a_provider_rule_without_a_facility_falls_back_to_the_municipality() {
        Routing.Route route = Routing.route("LITTER", IN_THE_STREET, List.of(new Rule("LITTER", null, null, Target.PROVIDER, null)));
        assertThat(route.target()).isEqualTo(Target.MUNICIPALITY);
        assertThat(route.queue()).isEqualTo("GM0505");
    }

    @Test
    void a_rule_for_another_municipality_or_facility_does_not_match() {
        List<Rule> rules = List.of(new Rule(null, "GM0482", null, Target.POLICE, "x"), new Rule(null, null, "f-2", Target.POLICE, "y"));
        assertThat(Routing.route("NOISE", AT_FACILITY, rules).target()).isEqualTo(Target.PROVIDER);
    }
}
