package nl.thuisbasis.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The part of a long list that a list page shows ({@value #SIZE} records, {@code ?pagina=2} for the next ones): its
 * number, the number of pages and records, and the links to the pages before and after it (null where there is none).
 */
public record ListPage(int number, int totalPages, int total, String previous, String next) {

    public static final int SIZE = 100;

    /** The page asked for (1 without {@code pagina}; less than 1 is a bad request). */
    public static PageQuery query(Integer pagina) {
        return PageQuery.of(pagina, SIZE, SIZE, SIZE);
    }

    /** The page of the list this request asked for; the links keep the request's other parameters (a filter). */
    public static ListPage of(PageQuery query, int total, HttpServletRequest request) {
        return of(query, total, UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString()));
    }

    /** The page of a list at {@code list} (a path with its parameters). */
    public static ListPage of(PageQuery query, int total, UriComponentsBuilder list) {
        int pages = query.totalPages(total);
        return new ListPage(query.page(), pages, total, query.page() > 1 ? link(list, query.page() - 1) : null,
                query.page() < pages ? link(list, query.page() + 1) : null);
    }

    /** Whether the list needs more than one page (and so the links). */
    public boolean several() {
        return totalPages > 1;
    }

    private static String link(UriComponentsBuilder list, int page) {
        return list.cloneBuilder().replaceQueryParam("pagina", page).build().toUriString();
    }
}
