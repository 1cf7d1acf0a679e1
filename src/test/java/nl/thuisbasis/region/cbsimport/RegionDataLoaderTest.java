package nl.thuisbasis.region.cbsimport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class RegionDataLoaderTest {

    @Autowired
    RegionDataLoader loader;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void a_second_start_finds_the_shipped_data_and_imports_nothing_again() {
        long imports = jdbc.sql("select count(*) from cbs_import").query(Long.class).single();
        long figures = jdbc.sql("select count(*) from key_figures").query(Long.class).single();

        loader.run(null);

        assertThat(jdbc.sql("select count(*) from cbs_import").query(Long.class).single()).isEqualTo(imports);
        assertThat(jdbc.sql("select count(*) from key_figures").query(Long.class).single()).isEqualTo(figures);
        assertThat(jdbc.sql("select count(*) from cbs_import where started_by = 'systeem' and status = 'SUCCEEDED'")
                .query(Long.class).single()).isEqualTo(RegionDataLoader.SHIPPED.size());
    }
}
