package nl.thuisbasis.outflow.settings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.outflow.domain.Eligibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The region's norms, categories, eligibility rules and the yearly rent limits, in SQL. */
@Repository
class SettingsRepository {

    private final JdbcClient jdbc;

    SettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The norms a region set itself (none: the defaults apply). */
    Optional<OutflowSettings.Norms> norms(String regionCode) {
        return jdbc.sql("select * from outflow_setting where region_code = ?").param(regionCode)
                .query((rs, n) -> new OutflowSettings.Norms(regionCode, rs.getInt("cap_percent"), rs.getInt("offer_norm_months"),
                        rs.getInt("stalled_offer_days"), rs.getInt("tenancy_months"), rs.getInt("version"),
                        rs.getString("updated_by"), instant(rs.getTimestamp("updated_at"))))
                .optional();
    }

    void saveNorms(String regionCode, Integer capPercent, Integer offerNormMonths, Integer stalledOfferDays,
            Integer tenancyMonths, String actor) {
        jdbc.sql("""
                insert into outflow_setting (region_code, cap_percent, offer_norm_months, stalled_offer_days, tenancy_months,
                    version, updated_by, updated_at) values (?, ?, ?, ?, ?, 1, ?, now())
                on conflict (region_code) do update set cap_percent = excluded.cap_percent,
                    offer_norm_months = excluded.offer_norm_months, stalled_offer_days = excluded.stalled_offer_days,
                    tenancy_months = excluded.tenancy_months, version = outflow_setting.version + 1,
                    updated_by = excluded.updated_by, updated_at = now()""")
                .params(regionCode, capPercent, offerNormMonths, stalledOfferDays, tenancyMonths, actor).update();
    }

    /** The region's categories; a default category that was never named has no label (null). */
    List<OutflowSettings.Category> categories(String regionCode) {
        return jdbc.sql("select code, label, active from outflow_category where region_code = ? order by code")
                .param(regionCode).query((rs, n) -> new OutflowSettings.Category(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    boolean hasCategories(String regionCode) {
        return jdbc.sql("select count(*) from outflow_category where region_code = ?").param(regionCode).query(Long.class)
                .single() > 0;
    }

    void addCategory(String regionCode, String code, String label) {
        jdbc.sql("insert into outflow_category (region_code, code, label) values (?, ?, ?)").params(regionCode, code, label).update();
    }

    void saveCategory(String regionCode, String code, String label, boolean active) {
        jdbc.sql("""
                insert into outflow_category (region_code, code, label, active) values (?, ?, ?, ?)
                on conflict (region_code, code) do update set label = excluded.label, active = excluded.active""")
                .params(regionCode, code, label, active).update();
    }

    List<OutflowSettings.RuleView> rules(String regionCode) {
        return jdbc.sql("select * from eligibility_rule where region_code = ? order by active desc, created_at")
                .param(regionCode)
                .query((rs, n) -> new OutflowSettings.RuleView(rs.getObject("id", UUID.class),
                        Eligibility.Kind.valueOf(rs.getString("kind")), (Integer) rs.getObject("parameter"),
                        rs.getString("description"), rs.getBoolean("active"), rs.getString("created_by"),
                        instant(rs.getTimestamp("created_at"))))
                .list();
    }

    void addRule(UUID id, String regionCode, Eligibility.Kind kind, Integer parameter, String description, String actor) {
        jdbc.sql("insert into eligibility_rule (id, region_code, kind, parameter, description, created_by) values (?, ?, ?, ?, ?, ?)")
                .params(id, regionCode, kind.name(), parameter, description, actor).update();
    }

    /** Returns whether the region has that rule. */
    boolean setRuleActive(String regionCode, UUID id, boolean active) {
        return jdbc.sql("update eligibility_rule set active = ? where id = ? and region_code = ?")
                .params(active, id, regionCode).update() > 0;
    }

    List<OutflowSettings.Limits> allLimits() {
        return jdbc.sql("select * from affordability_limit order by year desc").query((rs, n) -> limits(rs)).list();
    }

    /** The limits of the year, or else of the latest earlier year. */
    Optional<OutflowSettings.Limits> limits(int year) {
        return jdbc.sql("select * from affordability_limit where year <= ? order by year desc limit 1").param(year)
                .query((rs, n) -> limits(rs)).optional();
    }

    void saveLimits(Integer year, Integer qualityDiscountCents, Integer lowCapCents, Integer highCapCents,
            Integer liberalisationCents, String source, String actor) {
        jdbc.sql("""
                insert into affordability_limit (year, quality_discount_cents, low_cap_cents, high_cap_cents, liberalisation_cents,
                    source, updated_by) values (?, ?, ?, ?, ?, ?, ?)
                on conflict (year) do update set quality_discount_cents = excluded.quality_discount_cents,
                    low_cap_cents = excluded.low_cap_cents, high_cap_cents = excluded.high_cap_cents,
                    liberalisation_cents = excluded.liberalisation_cents, source = excluded.source,
                    updated_by = excluded.updated_by, updated_at = now()""")
                .params(year, qualityDiscountCents, lowCapCents, highCapCents, liberalisationCents, source, actor).update();
    }

    private static OutflowSettings.Limits limits(ResultSet rs) throws SQLException {
        return new OutflowSettings.Limits(rs.getInt("year"), rs.getInt("quality_discount_cents"), rs.getInt("low_cap_cents"),
                rs.getInt("high_cap_cents"), rs.getInt("liberalisation_cents"), rs.getString("source"),
                rs.getString("updated_by"), instant(rs.getTimestamp("updated_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
