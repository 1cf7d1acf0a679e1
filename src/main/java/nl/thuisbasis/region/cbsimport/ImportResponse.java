package nl.thuisbasis.region.cbsimport;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.thuisbasis.platform.Messages;

/** An import as the API shows it; problems and repairs in the caller's language. */
record ImportResponse(UUID id, String fileName, int year, String status, String shape, int areasChanged,
        List<ImportIssue> problems, List<ImportIssue> repairs) {

    static ImportResponse from(ImportJob job, Messages messages) {
        return new ImportResponse(job.id().value(), job.fileName(), job.year(),
                job.status().name().toLowerCase(Locale.ROOT), job.shape(), job.areasChanged(),
                ImportIssue.of(job, job.problems(), messages), ImportIssue.of(job, job.repairs(), messages));
    }
}
