package nl.thuisbasis.outflow.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The records behind a figure of the monitor: title and columns in the reader's language, the reference and the link
 * only where the viewer may see the candidate.
 */
record RecordListResponse(OutflowMonitor.Figure figure, String key, Integer quarter, String title, List<String> columns,
        List<Row> rows) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Row(String mark, String reference, String link, List<String> cells) {
    }

    static RecordListResponse from(OutflowMonitor.RecordList list) {
        return new RecordListResponse(list.figure(), list.key(), list.quarter(), list.title(), list.columns(),
                list.rows().stream().map(r -> new Row(r.mark(), r.reference(), r.link(), r.cells())).toList());
    }
}
