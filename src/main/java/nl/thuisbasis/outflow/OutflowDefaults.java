package nl.thuisbasis.outflow;

import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The categories every regional scheme starts with (shelter, protected housing, youth care with accommodation,
 * tailored cases), for a region that has none yet; coordinators change them on the settings page.
 */
@Component
@Order(45)
class OutflowDefaults implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final RegionCatalog catalog;

    OutflowDefaults(JdbcClient jdbc, RegionCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (Region region : catalog.regions()) {
            if (jdbc.sql("select count(*) from outflow_category where region_code = ?").param(region.code()).query(Long.class).single() > 0) {
                continue;
            }
            category(region, "SHELTER", "Maatschappelijke opvang");
            category(region, "PROTECTED_HOUSING", "Beschermd wonen");
            category(region, "YOUTH_CARE", "Jeugdzorg met verblijf");
            category(region, "OTHER", "Maatwerk (overig)");
        }
    }

    private void category(Region region, String code, String label) {
        jdbc.sql("insert into outflow_category (region_code, code, label) values (?, ?, ?)").params(region.code(), code, label).update();
    }
}
