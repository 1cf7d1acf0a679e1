package nl.thuisbasis.region;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.ApiException;
import nl.thuisbasis.region.domain.ImportProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** CBS imports for admins: all-or-nothing, with a report of every bad row or feature. */
@ApiController
@RequestMapping("/api/v1/cbs-imports")
@Tag(name = "CBS-import", description = "Kerncijfers en gebiedsgrenzen van het CBS inlezen (alleen beheerders)")
@SecurityRequirement(name = "basicAuth")
@PreAuthorize("hasRole('ADMIN')")
class CbsImportApiController {

    private final CbsImportService imports;

    CbsImportApiController(CbsImportService imports) {
        this.imports = imports;
    }

    record ImportResponse(UUID id, String fileName, int year, String status, String shape, int areasChanged,
            List<ImportProblem> problems, List<ImportProblem> repairs) {
        static ImportResponse of(ImportJob job) {
            return new ImportResponse(job.id(), job.fileName(), job.year(), job.status().name().toLowerCase(),
                    job.shape(), job.areasChanged(), job.problems(), job.repairs());
        }
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "importCbsFile", summary = "Een CBS-bestand (CSV of GeoJSON) inlezen",
            description = "Eén transactie: bij een fout verandert er niets en somt het antwoord (422) elke foute "
                    + "regel of elk fout feature op. Opnieuw inlezen van hetzelfde jaar werkt de cijfers bij.")
    ResponseEntity<ImportResponse> importFile(@RequestPart("file") MultipartFile file, @RequestParam int year,
            @io.swagger.v3.oas.annotations.Parameter(description = "Herstel polygonen die de OGC-geldigheidsregels "
                    + "breken (zelfdoorsnijding, gat buiten de rand) in plaats van ze af te keuren; elk herstel wordt gemeld.")
            @RequestParam(defaultValue = "false") boolean repairGeometry,
            Authentication authentication) throws IOException {
        if (year < 1990 || year > 2100) {
            throw ApiException.badRequest("Parameter 'year' moet een jaartal zijn.");
        }
        if (file.isEmpty()) {
            throw ApiException.badRequest("Het bestand is leeg.");
        }
        ImportJob job = imports.importNow(file.getOriginalFilename(), file.getBytes(), year, repairGeometry,
                authentication.getName());
        if (job.status() == ImportJob.Status.FAILED) {
            List<Map<String, Object>> errors = job.problems().stream().map(CbsImportApiController::error).toList();
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "import-rejected",
                    "Het bestand is niet ingelezen: " + job.problems().size() + " fout(en). Er is niets gewijzigd.",
                    errors);
        }
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(job.id()).toUri()).body(ImportResponse.of(job));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getCbsImport", summary = "De stand van een import")
    ImportResponse job(@PathVariable UUID id) {
        return imports.job(id).map(ImportResponse::of)
                .orElseThrow(() -> ApiException.notFound("Import " + id + " is onbekend."));
    }

    private static Map<String, Object> error(ImportProblem problem) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("name", problem.position() == 0 ? "bestand" : "regel/feature " + problem.position());
        error.put("reason", problem.message());
        error.put("position", problem.position());
        if (problem.code() != null) {
            error.put("code", problem.code());
        }
        if (problem.column() != null) {
            error.put("column", problem.column());
        }
        return error;
    }
}
