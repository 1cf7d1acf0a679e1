package nl.thuisbasis.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What was wrong with a submitted form, in the reader's language: for the error summary at the top (each item linking
 * to its field) and for the message next to each field (with {@code aria-invalid} and {@code aria-describedby}). The
 * shared fragments in {@code templates/fragments/forms.html} read it from the model attribute {@link Forms#ERRORS}.
 */
public final class FormErrors {

    /** One line of the summary; {@code field} is null for a problem of the whole form. */
    public record Item(String field, String text) {

        /** The element id of the field, the target of the summary's link. */
        public String anchor() {
            return field == null ? null : FormErrors.id(field);
        }
    }

    public static final FormErrors NONE = new FormErrors(List.of(), Map.of());

    private final List<Item> items;
    private final Map<String, Object> rejected;

    public FormErrors(List<Item> items, Map<String, Object> rejected) {
        this.items = List.copyOf(items);
        this.rejected = Map.copyOf(rejected);
    }

    /** Items without repeats, in order. */
    static FormErrors of(List<Item> items, Map<String, Object> rejected) {
        List<Item> unique = new ArrayList<>();
        for (Item item : items) {
            if (!unique.contains(item)) {
                unique.add(item);
            }
        }
        return new FormErrors(unique, rejected);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public int size() {
        return items.size();
    }

    public List<Item> getItems() {
        return items;
    }

    public boolean has(String field) {
        return items.stream().anyMatch(i -> field.equals(i.field()));
    }

    /** The text(s) for one field, or null. */
    public String text(String field) {
        String text = items.stream().filter(i -> field.equals(i.field())).map(Item::text).collect(Collectors.joining(" "));
        return text.isEmpty() ? null : text;
    }

    /** The element id of a field: its name with anything but letters, digits, - and _ made a dash. */
    public static String id(String field) {
        return field.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** The id of the element that holds a field's error message. */
    public String errorId(String field) {
        return id(field) + "-error";
    }

    /** {@code aria-describedby} of a field: its error message (when there is one) and its hint (when given). */
    public String describedBy(String field, String hintId) {
        String ids = ((has(field) ? errorId(field) : "") + " " + (hintId == null ? "" : hintId)).trim();
        return ids.isEmpty() ? null : ids;
    }

    /** What the person typed when it could not be read (so it is shown again), otherwise the form's value. */
    public Object value(String field, Object fallback) {
        return rejected.containsKey(field) ? rejected.get(field) : fallback;
    }

    /** Every problem text, for tests and logs of counts. */
    public List<String> texts() {
        return items.stream().map(Item::text).toList();
    }

    @Override
    public String toString() {
        Map<String, Long> perField = new LinkedHashMap<>();
        items.forEach(i -> perField.merge(String.valueOf(i.field()), 1L, Long::sum));
        return "FormErrors" + perField;
    }
}
