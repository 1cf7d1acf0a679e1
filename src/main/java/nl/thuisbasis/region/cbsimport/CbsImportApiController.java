package nl.thuisbasis.region.cbsimport;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
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
@PreAuthorize("hasRole('ADMIN')")
class CbsImportApiController {

    /** The stable problem code of a refused file. */
    static final String REJECTED = "import-rejected";

    private final CbsImportService imports;
    private final Messages messages;

    CbsImportApiController(CbsImportService imports, Messages messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "importCbsFile", summary = "Een CBS-bestand (CSV of GeoJSON) inlezen",
            description = "Eén transactie: bij een fout verandert er niets en somt het antwoord (422) elke foute "
                    + "regel of elk fout feature op. Opnieuw inlezen van hetzelfde jaar werkt de cijfers bij.")
    ResponseEntity<ImportResponse> importFile(@RequestPart("file") MultipartFile file, @RequestParam int year,
            @io.swagger.v3.oas.annotations.Parameter(description = "Herstel polygonen die de OGC-geldigheidsregels "
                    + "breken (zelfdoorsnijding, gat buiten de rand) in plaats van ze af te keuren; elk herstel wordt gemeld.")
            @RequestParam(defaultValue = "false") boolean repairGeometry,
            Authentication authentication) throws IOException {
        if (!CbsImportForm.acceptsYear(year)) {
            throw Refused.badRequest(Problem.at("year", "import.api.year"));
        }
        if (file.isEmpty()) {
            throw Refused.badRequest(Problem.at("file", "import.api.file.empty"));
        }
        ImportJob job = imports.importNow(file.getOriginalFilename(), file.getBytes(), year, repairGeometry,
                authentication.getName());
        if (job.status() == ImportJob.Status.FAILED) {
            throw Refused.invalid(REJECTED, job.problems());
        }
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(job.id()).toUri()).body(ImportResponse.from(job, messages));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getCbsImport", summary = "De stand van een import")
    ImportResponse job(@PathVariable ImportId id) {
        return imports.job(id).map(job -> ImportResponse.from(job, messages))
                .orElseThrow(() -> Refused.notFound(Problem.of("import.api.unknown", id.toString())));
    }
}
