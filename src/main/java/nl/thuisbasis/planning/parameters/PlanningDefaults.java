package nl.thuisbasis.planning.parameters;

import nl.thuisbasis.planning.common.PlanningScopes;
import nl.thuisbasis.region.Region;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Measures version 1 of the parameters of every configured region that has none, at start and after the register's
 * demo data (so reading the parameters never writes them).
 */
@Component
@Order(80)
class PlanningDefaults implements ApplicationRunner {

    private final ParameterSets sets;
    private final PlanningScopes scopes;

    PlanningDefaults(ParameterSets sets, PlanningScopes scopes) {
        this.sets = sets;
        this.scopes = scopes;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Region region : scopes.regions()) {
            sets.measuredFirst(scopes.scope(region.code()));
        }
    }
}
