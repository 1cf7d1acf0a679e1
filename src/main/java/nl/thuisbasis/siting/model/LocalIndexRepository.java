package nl.thuisbasis.siting.model;

import nl.thuisbasis.siting.domain.LocalIndexFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of storing imported local-index values (the scan reads them in {@code siting.indicator}). */
@Repository
class LocalIndexRepository {

    private final JdbcClient jdbc;

    LocalIndexRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a value; the same area, year and index again updates it. */
    void store(LocalIndexFile.Row row, String actor) {
        jdbc.sql("""
                insert into local_index (area_code, year, name, value, imported_by) values (?, ?, ?, ?, ?)
                on conflict (area_code, year, name) do update set value = excluded.value,
                    imported_by = excluded.imported_by, imported_at = now()""")
                .params(row.areaCode(), row.year(), row.name(), row.value(), actor).update();
    }
}
