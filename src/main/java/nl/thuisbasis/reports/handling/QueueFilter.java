package nl.thuisbasis.reports.handling;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The filter of the queue page. Its query parameters keep their names (links from the oversight overview use them):
 * {@code scope}, {@code afgehandeld} (closed ones too), {@code teLaat} (overdue only), {@code locatie} (a facility id),
 * {@code sinds} (received on or after) and {@code page}.
 */
record QueueFilter(Scope scope, @BindParam("afgehandeld") Boolean closedToo, @BindParam("teLaat") Boolean overdueOnly,
        @BindParam("locatie") UUID facility, @BindParam("sinds") LocalDate since, Integer page) {

    /**
     * The filter as far as it could be read: when a value cannot be read (a facility id that is no id, a day that is no
     * date), Spring makes no filter at all; this keeps every value that could be read and drops the others.
     */
    static QueueFilter entered(QueueFilter filter, BindingResult binding) {
        if (filter != null) {
            return filter;
        }
        return new QueueFilter(read(binding, "scope", Scope.class), read(binding, "afgehandeld", Boolean.class),
                read(binding, "teLaat", Boolean.class), read(binding, "locatie", UUID.class),
                read(binding, "sinds", LocalDate.class), read(binding, "page", Integer.class));
    }

    private static <T> T read(BindingResult binding, String name, Class<T> type) {
        if (binding.hasFieldErrors(name)) {
            return null;
        }
        try {
            Object value = binding.getRawFieldValue(name);
            return type.isInstance(value) ? type.cast(value) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The chosen part of the queue, or the one the page opens on for this user. */
    Scope scopeOr(Scope opening) {
        return scope == null ? opening : scope;
    }

    boolean showClosed() {
        return Boolean.TRUE.equals(closedToo);
    }

    boolean showOverdueOnly() {
        return Boolean.TRUE.equals(overdueOnly);
    }

    int pageOrFirst() {
        return page == null || page < 1 ? 1 : page;
    }
}
