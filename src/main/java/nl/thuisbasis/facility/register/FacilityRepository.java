package nl.thuisbasis.facility.register;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.facility.CapacityUnit;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityDraft;
import nl.thuisbasis.facility.FacilityId;
import nl.thuisbasis.facility.FacilityStatus;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.facility.TargetGroup;
import nl.thuisbasis.identity.Viewer;
import nl.thuisbasis.region.Location;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the facility table. */
@Repository
public class FacilityRepository {

    private static final String COLUMNS = """
            id, name, type, target_groups, provider_code, owner, street, house_number, postcode, place, lon, lat,
            capacity, capacity_unit, status, status_since, opened_on, closed_on, contracted, public_contact, url,
            secret_address, publicly_listed, generated, municipality_code, district_code, neighbourhood_code, pc4,
            version, updated_at, updated_by""";

    private final JdbcClient jdbc;

    FacilityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Facility> findAll() {
        return jdbc.sql("select " + COLUMNS + " from facility order by municipality_code, name, id")
                .query(FacilityRepository::map).list();
    }

    public Optional<Facility> find(FacilityId id) {
        return jdbc.sql("select " + COLUMNS + " from facility where id = ?").param(id.value())
                .query(FacilityRepository::map).optional();
    }

    /**
     * The facilities of the filter that the viewer may see at all, ordered by municipality and name; with a limit, one
     * page of them. What the viewer sees of each is still {@link nl.thuisbasis.facility.domain.FacilityAccess}'s call.
     */
    public List<Facility> findVisible(FacilityFilter filter, Viewer viewer, Integer limit, int offset) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        String sql = "select " + COLUMNS + " from facility where " + where(filter, viewer, params)
                + " order by municipality_code, name, id";
        if (limit != null) {
            sql += " limit :limit offset :offset";
            params.put("limit", limit);
            params.put("offset", offset);
        }
        return jdbc.sql(sql).params(params).query(FacilityRepository::map).list();
    }

    /** How many facilities of the filter the viewer may see at all. */
    public long countVisible(FacilityFilter filter, Viewer viewer) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        return jdbc.sql("select count(*) from facility where " + where(filter, viewer, params)).params(params)
                .query(Long.class).single();
    }

    /** The filter and the viewer's visibility as a where clause; an empty set in the filter means "any". */
    private static String where(FacilityFilter filter, Viewer viewer, java.util.Map<String, Object> params) {
        List<String> clauses = new java.util.ArrayList<>();
        if (!filter.municipalityCodes().isEmpty()) {
            clauses.add("municipality_code in (:municipalities)");
            params.put("municipalities", filter.municipalityCodes());
        }
        if (!filter.types().isEmpty()) {
            clauses.add("type in (:types)");
            params.put("types", filter.types().stream().map(Enum::name).toList());
        }
        if (!filter.targetGroups().isEmpty()) {
            clauses.add("target_groups && :groups::varchar[]");
            params.put("groups", "{" + String.join(",", filter.targetGroups().stream().map(Enum::name).sorted().toList()) + "}");
        }
        if (!filter.providerCodes().isEmpty()) {
            clauses.add("provider_code in (:providers)");
            params.put("providers", List.copyOf(filter.providerCodes()));
        }
        if (!filter.statuses().isEmpty()) {
            clauses.add("status in (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        clauses.add(visibleTo(viewer, params));
        return String.join(" and ", clauses);
    }

    /**
     * Which facilities a viewer sees at all, the same rule as {@code FacilityAccess.visibility(viewer, f) != NONE}: a
     * secret address only its own provider and the administrator; ideas not in the providers' layer; the public only
     * publicly listed facilities that are planned, being realised or in use. FacilityRepositoryTest keeps the two equal.
     */
    private static String visibleTo(Viewer viewer, java.util.Map<String, Object> params) {
        if (viewer.anonymous()) {
            return "(publicly_listed and not secret_address and status not in ('IDEA', 'CLOSED'))";
        }
        return switch (viewer.role()) {
            case ADMIN -> "true";
            case MUNICIPALITY, REGION_COORDINATOR -> "not secret_address";
            case CORPORATION -> "(not secret_address and status <> 'IDEA')";
            case PROVIDER -> {
                params.put("own", viewer.organisationCode());
                yield "(provider_code = :own or (not secret_address and status <> 'IDEA'))";
            }
        };
    }

    /** The facilities a care provider runs that are in use, by name. */
    public List<Facility> findInUseOf(String providerCode) {
        return jdbc.sql("select " + COLUMNS + " from facility where provider_code = ? and status = 'IN_USE' order by name, id")
                .param(providerCode).query(FacilityRepository::map).list();
    }

    /** Facilities whose id starts with the 8 hex characters of a report card code (the id's first block). */
    public List<Facility> findByIdPrefix(String eightHex) {
        return jdbc.sql("select " + COLUMNS + " from facility where left(id::text, 8) = ?").param(eightHex)
                .query(FacilityRepository::map).list();
    }

    long count() {
        return jdbc.sql("select count(*) from facility").query(Long.class).single();
    }

    void insert(FacilityId id, FacilityDraft d, Location location, String pc4, String actor) {
        jdbc.sql("""
                insert into facility (id, name, type, target_groups, provider_code, owner, street, house_number, postcode,
                    place, lon, lat, capacity, capacity_unit, status, status_since, opened_on, closed_on, contracted,
                    public_contact, url, secret_address, publicly_listed, generated, municipality_code, district_code,
                    neighbourhood_code, pc4, version, updated_by)
                values (:id, :name, :type, :targetGroups::varchar[], :provider, :owner, :street, :houseNumber, :postcode,
                    :place, :lon, :lat, :capacity, :unit, :status, :statusSince, :openedOn, :closedOn, :contracted,
                    :publicContact, :url, :secret, :listed, :generated, :municipality, :district, :neighbourhood, :pc4,
                    0, :actor)""")
                .param("id", id.value())
                .params(parameters(d, location, pc4, actor))
                .update();
    }

    /** Updates when the stored version is still {@code expectedVersion}; false when someone else changed it first. */
    boolean update(FacilityId id, int expectedVersion, FacilityDraft d, Location location, String pc4, String actor) {
        return jdbc.sql("""
                update facility set name = :name, type = :type, target_groups = :targetGroups::varchar[],
                    provider_code = :provider, owner = :owner, street = :street, house_number = :houseNumber,
                    postcode = :postcode, place = :place, lon = :lon, lat = :lat, capacity = :capacity,
                    capacity_unit = :unit, status = :status, status_since = :statusSince, opened_on = :openedOn,
                    closed_on = :closedOn, contracted = :contracted, public_contact = :publicContact, url = :url,
                    secret_address = :secret, publicly_listed = :listed, generated = :generated,
                    municipality_code = :municipality, district_code = :district, neighbourhood_code = :neighbourhood,
                    pc4 = :pc4, version = version + 1, updated_at = now(), updated_by = :actor
                where id = :id and version = :version""")
                .param("id", id.value())
                .param("version", expectedVersion)
                .params(parameters(d, location, pc4, actor))
                .update() == 1;
    }

    boolean delete(FacilityId id, int expectedVersion) {
        return jdbc.sql("delete from facility where id = ? and version = ?").params(id.value(), expectedVersion)
                .update() == 1;
    }

    private static java.util.Map<String, Object> parameters(FacilityDraft d, Location location, String pc4, String actor) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("name", d.name().trim());
        p.put("type", d.type().name());
        p.put("targetGroups", "{" + String.join(",", d.targetGroups().stream().sorted().map(Enum::name).toList()) + "}");
        p.put("provider", d.providerCode());
        p.put("owner", blankToNull(d.owner()));
        p.put("street", d.street().trim());
        p.put("houseNumber", d.houseNumber().trim());
        p.put("postcode", d.normalisedPostcode());
        p.put("place", d.place().trim());
        p.put("lon", d.lon());
        p.put("lat", d.lat());
        p.put("capacity", d.capacity());
        p.put("unit", d.capacityUnit().name());
        p.put("status", d.status().name());
        p.put("statusSince", d.statusSince());
        p.put("openedOn", d.openedOn());
        p.put("closedOn", d.closedOn());
        p.put("contracted", d.contracted());
        p.put("publicContact", blankToNull(d.publicContact()));
        p.put("url", blankToNull(d.url()));
        p.put("secret", d.secretAddress());
        p.put("listed", d.publiclyListed());
        p.put("generated", d.generated());
        p.put("municipality", location.municipalityCode());
        p.put("district", location.districtCode());
        p.put("neighbourhood", location.neighbourhoodCode());
        p.put("pc4", pc4);
        p.put("actor", actor);
        return p;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Facility map(ResultSet rs, int row) throws SQLException {
        return new Facility(new FacilityId(rs.getObject("id", UUID.class)), rs.getString("name"),
                FacilityType.valueOf(rs.getString("type")), targetGroups(rs.getArray("target_groups")),
                rs.getString("provider_code"), rs.getString("owner"), rs.getString("street"),
                rs.getString("house_number"), rs.getString("postcode"), rs.getString("place"), rs.getDouble("lon"),
                rs.getDouble("lat"), rs.getInt("capacity"), CapacityUnit.valueOf(rs.getString("capacity_unit")),
                FacilityStatus.valueOf(rs.getString("status")), date(rs, "status_since"), date(rs, "opened_on"),
                date(rs, "closed_on"), rs.getBoolean("contracted"), rs.getString("public_contact"), rs.getString("url"),
                rs.getBoolean("secret_address"), rs.getBoolean("publicly_listed"), rs.getBoolean("generated"),
                rs.getString("municipality_code"), rs.getString("district_code"), rs.getString("neighbourhood_code"),
                rs.getString("pc4"), rs.getInt("version"), instant(rs.getTimestamp("updated_at")),
                rs.getString("updated_by"));
    }

    private static Set<TargetGroup> targetGroups(Array array) throws SQLException {
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        if (array != null) {
            Arrays.stream((Object[]) array.getArray()).map(o -> TargetGroup.valueOf(o.toString())).forEach(groups::add);
        }
        return java.util.Collections.unmodifiableSet(groups);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
