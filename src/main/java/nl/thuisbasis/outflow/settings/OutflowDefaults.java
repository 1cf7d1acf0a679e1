package nl.thuisbasis.outflow.settings;

import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The categories every regional scheme starts with (shelter, protected housing, youth care with accommodation,
 * tailored cases), for a region that has none yet; coordinators change them on the settings page. Until then they have
 * no name of their own and are named in the reader's language.
 */
@Component
@Order(45)
class OutflowDefaults implements ApplicationRunner {

    private final SettingsRepository repository;
    private final RegionCatalog catalog;

    OutflowDefaults(SettingsRepository repository, RegionCatalog catalog) {
        this.repository = repository;
        this.catalog = catalog;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (Region region : catalog.regions()) {
            if (repository.hasCategories(region.code())) {
                continue;
            }
            // without a name of their own: they are named in the reader's language (out.category.<code>) until a
            // coordinator names them
            for (String code : OutflowSettings.DEFAULT_CATEGORIES) {
                repository.addCategory(region.code(), code, null);
            }
        }
    }
}
