package nl.thuisbasis.outflow.common;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.PagedList;
import org.springframework.web.util.UriComponentsBuilder;

/** One page of what a list shows: only these items were read (and logged); {@code total} counts all of them. */
public record Slice<T>(List<T> items, int total) {

    public Slice {
        items = List.copyOf(items);
    }

    /** The page as the API answers it, with links to the other pages of the same request. */
    public PagedList<T> paged(PageQuery query, HttpServletRequest request) {
        return PagedList.of(items, query, total,
                UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString()));
    }
}
