package nl.thuisbasis.region.cbsimport;

import java.util.List;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Problem;

/**
 * One problem or repair of an import as the admin reads it (page and API): the row or feature ({@code position}, 0 for
 * the file as a whole), the area code of that row, the column and the text in the reader's language.
 */
record ImportIssue(int position, String code, String column, String message) {

    static List<ImportIssue> of(ImportJob job, List<Problem> problems, Messages messages) {
        return problems.stream().map(p -> new ImportIssue(p.row() == null ? 0 : p.row(), job.areaCodeOf(p), p.field(),
                messages.text(p))).toList();
    }
}
