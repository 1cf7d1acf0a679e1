package nl.thuisbasis.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A page of a list resource with its paging facts and links (self, first, previous, next, last).
 *
 * @param <T> the item type
 */
public record PagedList<T>(List<T> items, PageInfo page, Map<String, Link> _links) {

    /** Where this page is in the whole list. */
    public record PageInfo(int number, int size, long totalElements, int totalPages) {
    }

    /** A hypermedia link. */
    public record Link(String href) {
    }

    public static <T> PagedList<T> of(List<T> items, PageQuery query, long total, UriComponentsBuilder self) {
        int totalPages = query.totalPages(total);
        Map<String, Link> links = new LinkedHashMap<>();
        links.put("self", link(self, query.page(), query.pageSize()));
        links.put("first", link(self, 1, query.pageSize()));
        if (query.page() > 1) {
            links.put("prev", link(self, query.page() - 1, query.pageSize()));
        }
        if (query.page() < totalPages) {
            links.put("next", link(self, query.page() + 1, query.pageSize()));
        }
        links.put("last", link(self, totalPages, query.pageSize()));
        return new PagedList<>(items, new PageInfo(query.page(), query.pageSize(), total, totalPages), links);
    }

    private static Link link(UriComponentsBuilder self, int page, int pageSize) {
        return new Link(self.cloneBuilder().replaceQueryParam("page", page).replaceQueryParam("pageSize", pageSize)
                .build().toUriString());
    }
}
