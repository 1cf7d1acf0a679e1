package nl.thuisbasis.region.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import nl.thuisbasis.region.AreaLevel;

/**
 * The column layouts of the CBS files Thuisbasis reads (CSV header or GeoJSON properties). Every
 * column a layout knows is either descriptive text or a numeric CBS figure kept under its CBS name.
 */
public enum CbsShape {

    /** PDOK "CBS Wijken en Buurten" 2023, layer buurten (CSV or GeoJSON). */
    PDOK_NEIGHBOURHOODS("buurtcode", "buurtnaam", AreaLevel.NEIGHBOURHOOD,
            Set.of("buurtcode", "buurtnaam", "wijkcode", "gemeentecode", "gemeentenaam", "water", "jrstatcode", "jaar"),
            Columns.with(Columns.PDOK_2023_FIGURES, "indelingswijzigingWijkenEnBuurten", "meestVoorkomendePostcode",
                    "dekkingspercentage"),
            List.of("buurtcode", "buurtnaam", "wijkcode", "gemeentecode")),

    /** PDOK "CBS Wijken en Buurten" 2023, layer gemeenten (CSV or GeoJSON). */
    PDOK_MUNICIPALITIES("gemeentecode", "gemeentenaam", AreaLevel.MUNICIPALITY,
            Set.of("gemeentecode", "gemeentenaam", "water", "jrstatcode", "jaar"),
            Columns.PDOK_2023_FIGURES,
            List.of("gemeentecode", "gemeentenaam")),

    /** Kerncijfers wijken en buurten 2022 (85318NED) as selected by tmap: municipalities and districts. */
    KWB_SELECTION("code", "name", null,
            Set.of("code", "name", "gemeentecode", "province", "urbanity"),
            Set.of("population", "pop_0_14", "pop_15_24", "pop_25_44", "pop_45_64", "pop_65plus", "dwelling_total",
                    "dwelling_value", "dwelling_ownership", "employment_rate", "income_low", "income_high", "edu_appl_sci",
                    "area_km2", "lon", "lat"),
            List.of("code", "name", "population")),

    /** Kerncijfers 2024 basic figures (85984NED) with CBS column keys; no names, the areas must exist. */
    KWB_BASIC("code", null, null,
            Set.of("code", "soort", "gemeentecode"),
            Set.of("AantalInwoners_5", "Mannen_6", "Vrouwen_7", "Bevolkingsdichtheid_34", "Woningvoorraad_35",
                    "OppervlakteTotaal_122", "OppervlakteLand_123", "OppervlakteWater_124"),
            List.of("code", "soort", "AantalInwoners_5")),

    /** Kadaster municipality boundaries (bestuurlijke gebieden): geometry only, no figures. */
    MUNICIPAL_BOUNDARIES("identificatie", "naam", AreaLevel.MUNICIPALITY,
            Set.of("identificatie", "naam", "code", "ligtInProvincieCode", "ligtInProvincieNaam"),
            Set.of(),
            List.of("identificatie", "naam"));

    /** Column sets shared by layouts (a holder class, because enum constants cannot use the enum's own statics). */
    private static final class Columns {

        /** The 2023 PDOK figures that neighbourhoods and municipalities both have. */
        static final Set<String> PDOK_2023_FIGURES = Set.of("omgevingsadressendichtheid", "stedelijkheidAdressenPerKm2",
                "bevolkingsdichtheidInwonersPerKm2", "aantalInwoners", "mannen", "vrouwen",
                "percentagePersonen0Tot15Jaar", "percentagePersonen15Tot25Jaar", "percentagePersonen25Tot45Jaar",
                "percentagePersonen45Tot65Jaar", "percentagePersonen65JaarEnOuder", "percentageOngehuwd",
                "percentageGehuwd", "percentageGescheid", "percentageVerweduwd", "aantalHuishoudens",
                "percentageEenpersoonshuishoudens", "percentageHuishoudensZonderKinderen",
                "percentageHuishoudensMetKinderen", "gemiddeldeHuishoudsgrootte", "percentageMetHerkomstlandNederland",
                "percentageMetHerkomstlandUitEuropaExclNl", "percentageMetHerkomstlandBuitenEuropa",
                "percentageGebInNlMetHerkomstlandNederland", "percGebInNlMetHerkomstlandInEuropaExNl",
                "percGebInNlMetHerkomstlandBuitenEuropa", "percGebBuitenNlMetHerkomstlndInEuropaExNl",
                "percGebBuitenNlMetHerkomstlndBuitenEuropa", "oppervlakteTotaalInHa", "oppervlakteLandInHa",
                "oppervlakteWaterInHa");

        static Set<String> with(Set<String> base, String... more) {
            java.util.Set<String> all = new java.util.HashSet<>(base);
            all.addAll(List.of(more));
            return Set.copyOf(all);
        }
    }

    private final String codeColumn;
    private final String nameColumn;
    private final AreaLevel fixedLevel;
    private final Set<String> textColumns;
    private final Set<String> figureColumns;
    private final List<String> requiredColumns;

    CbsShape(String codeColumn, String nameColumn, AreaLevel fixedLevel, Set<String> textColumns,
            Set<String> figureColumns, List<String> requiredColumns) {
        this.codeColumn = codeColumn;
        this.nameColumn = nameColumn;
        this.fixedLevel = fixedLevel;
        this.textColumns = textColumns;
        this.figureColumns = figureColumns;
        this.requiredColumns = requiredColumns;
    }

    /** The layout whose required columns the file has, or {@code null}. */
    public static CbsShape detect(Collection<String> columns) {
        if (columns.contains("buurtcode")) {
            return PDOK_NEIGHBOURHOODS;
        }
        if (columns.contains("gemeentenaam")) {
            return PDOK_MUNICIPALITIES;
        }
        if (columns.contains("soort")) {
            return KWB_BASIC;
        }
        if (columns.contains("identificatie")) {
            return MUNICIPAL_BOUNDARIES;
        }
        if (columns.contains("code") && columns.contains("name")) {
            return KWB_SELECTION;
        }
        return null;
    }

    public boolean knows(String column) {
        return textColumns.contains(column) || figureColumns.contains(column);
    }

    public boolean isFigure(String column) {
        return figureColumns.contains(column);
    }

    public String codeColumn() {
        return codeColumn;
    }

    public String nameColumn() {
        return nameColumn;
    }

    public AreaLevel fixedLevel() {
        return fixedLevel;
    }

    public List<String> requiredColumns() {
        return requiredColumns;
    }

    public boolean hasFigures() {
        return !figureColumns.isEmpty();
    }
}
