package nl.thuisbasis.platform;

/**
 * Paging parameters of a list endpoint: {@code page} counts from 1, {@code pageSize} from 1 to {@code max}.
 */
public record PageQuery(int page, int pageSize) {

    public static PageQuery of(Integer page, Integer pageSize, int defaultSize, int max) {
        int p = page == null ? 1 : page;
        int size = pageSize == null ? defaultSize : pageSize;
        if (p < 1) {
            throw Refused.badRequest(Problem.at("page", "problem.page.min"));
        }
        if (size < 1 || size > max) {
            throw Refused.badRequest(Problem.at("pageSize", "problem.pageSize.range", max));
        }
        if ((long) (p - 1) * size > Integer.MAX_VALUE) {
            // no list is that long; the offset would not fit
            throw Refused.badRequest(Problem.at("page", "problem.page.max"));
        }
        return new PageQuery(p, size);
    }

    public int offset() {
        return (page - 1) * pageSize;
    }

    public int totalPages(long total) {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
