package nl.thuisbasis.audit.register;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/** A processing activity of the register, its current version, in the language of the request. */
@Schema(name = "ProcessingActivity")
record ActivityResponse(
        @Schema(description = "Vaste code van de verwerking", example = "trajectory-care") String code,
        @Schema(description = "Versie; elke wijziging is een nieuwe versie, een logregel noemt de versie waaronder hij viel",
                example = "1") int version,
        @Schema(description = "Naam in de taal van het verzoek", example = "Begeleiding van cliënten (trajecten)") String name,
        @Schema(description = "Doel in de taal van het verzoek") String purpose,
        @Schema(description = "Grondslag", example = "AVG art. 6 lid 1 sub e; Wmo 2015") String legalBasis,
        @Schema(description = "Categorieën van gegevens") String dataCategories,
        @Schema(description = "Categorieën van betrokkenen") String dataSubjects,
        @Schema(description = "Bewaartermijn in maanden, ook van de logregels van deze verwerking", example = "180")
        int retentionMonths,
        @Schema(description = "De gelogde handelingen (of hun begin) die bij deze verwerking horen") List<String> actions,
        @Schema(description = "Wanneer deze versie is vastgelegd") OffsetDateTime changedAt) {

    static ActivityResponse of(ProcessingActivity a, java.util.Locale locale) {
        return new ActivityResponse(a.code(), a.version(), a.name(locale), a.purpose(locale), a.legalBasis(),
                a.dataCategories(), a.dataSubjects(), a.retentionMonths(), a.prefixes(), a.changedAt());
    }
}
