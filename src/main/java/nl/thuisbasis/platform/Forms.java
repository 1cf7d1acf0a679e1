package nl.thuisbasis.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * The one way a page shows what was wrong with a form: the problems of binding (a value that is not a number, date or
 * choice; a constraint of the form record) and the {@link Problem}s of the policy, together, each once, in the
 * reader's language, as {@link FormErrors} under the model attribute {@value #ERRORS}.
 * <p>
 * A controller binds a form record with {@code @ModelAttribute}, and on a refusal calls {@link #show}:
 * <pre>{@code
 * try { ... service.register(user, form.draft()); return "redirect:..."; }
 * catch (Refused refused) { forms.show(model, binding, refused); response.setStatus(refused.status()); return form(...); }
 * }</pre>
 */
@Component
public class Forms {

    /** The model attribute the shared form fragments read. */
    public static final String ERRORS = "formErrors";

    /** The key of a value that could not be read when no more specific key exists. */
    static final String INVALID = "problem.field.invalid";

    private final Messages messages;
    private final MessageSource source;

    Forms(Messages messages, MessageSource source) {
        this.messages = messages;
        this.source = source;
    }

    /** What binding found wrong (unreadable values, constraints of the record), as problems. */
    public List<Problem> problems(BindingResult binding) {
        List<Problem> problems = new ArrayList<>();
        if (binding == null) {
            return problems;
        }
        for (ObjectError error : binding.getAllErrors()) {
            String key = keyOf(error);
            List<Object> args = new ArrayList<>();
            if (error.getArguments() != null) {
                for (Object arg : error.getArguments()) {
                    // the first argument of a constraint is the field itself; its name is no text for people
                    if (!(arg instanceof MessageSourceResolvable)) {
                        args.add(arg);
                    }
                }
            }
            if (error instanceof FieldError field) {
                problems.add(new Problem(field.getField(), null, key, field.isBindingFailure() ? List.of() : args));
            } else {
                problems.add(new Problem(null, null, key, args));
            }
        }
        return problems;
    }

    /**
     * Binding problems first, then the policy's, each once, as texts for the page. A field whose value could not be read
     * shows that, not also what the policy says of its (then missing) value: one mistake, one message.
     */
    public FormErrors errors(BindingResult binding, List<Problem> problems) {
        List<Problem> all = new ArrayList<>(problems(binding));
        java.util.Set<String> unreadable = new java.util.HashSet<>();
        if (binding != null) {
            binding.getFieldErrors().stream().filter(FieldError::isBindingFailure).forEach(e -> unreadable.add(e.getField()));
        }
        problems.stream().filter(p -> p.field() == null || !unreadable.contains(p.field())).forEach(all::add);
        Locale locale = Messages.locale();
        List<FormErrors.Item> items = all.stream().map(p -> new FormErrors.Item(p.field(), messages.refusal(p, locale))).toList();
        Map<String, Object> rejected = new HashMap<>();
        if (binding != null) {
            for (FieldError error : binding.getFieldErrors()) {
                if (error.isBindingFailure()) {
                    rejected.put(error.getField(), error.getRejectedValue());
                }
            }
        }
        return FormErrors.of(items, rejected);
    }

    public FormErrors errors(List<Problem> problems) {
        return errors(null, problems);
    }

    /** A problem of an uploaded file as a row of the table {@code fragments/forms :: fileProblems}. */
    public record FileProblem(Integer row, String column, String reason) {
    }

    /** The problems of an uploaded file, each with its row and column (where it has one), in the reader's language. */
    public List<FileProblem> fileProblems(List<Problem> problems) {
        return problems.stream().map(p -> new FileProblem(p.row(), p.row() == null ? null : p.field(),
                messages.refusal(p, Messages.locale()))).toList();
    }

    /** Puts the form's errors in the model for the shared fragments. */
    public FormErrors show(Model model, BindingResult binding, List<Problem> problems) {
        FormErrors errors = errors(binding, problems);
        model.addAttribute(ERRORS, errors);
        return errors;
    }

    public FormErrors show(Model model, BindingResult binding, Refused refused) {
        return show(model, binding, refused.problems());
    }

    /**
     * The form as the person entered it. When a value could not be read (a letter in a number), Spring does not create
     * the form record at all; this builds it from what could be read, with null for what could not (the typed text is
     * shown again through {@link FormErrors#value}), so the page can be shown again with everything else kept.
     */
    public static <T extends Record> T entered(T form, BindingResult binding, Class<T> type) {
        if (form != null) {
            return form;
        }
        java.lang.reflect.RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            Object value = binding == null || binding.hasFieldErrors(components[i].getName()) ? null
                    : binding.getRawFieldValue(components[i].getName());
            values[i] = value != null && org.springframework.util.ClassUtils.isAssignableValue(types[i], value) ? value
                    : defaultValue(types[i]);
        }
        try {
            java.lang.reflect.Constructor<T> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Form record " + type.getSimpleName() + " cannot be rebuilt", e);
        }
    }

    private static Object defaultValue(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        return type == boolean.class ? false : type == char.class ? '\0' : type == long.class ? 0L : type == double.class ? 0d
                : type == float.class ? 0f : type == short.class ? (short) 0 : type == byte.class ? (byte) 0 : 0;
    }

    /** Whether binding found anything wrong: then the policy is still asked, so that every problem shows at once. */
    public static boolean unreadable(BindingResult binding) {
        return binding != null && binding.hasErrors();
    }

    /**
     * The most specific key the bundles have: e.g. {@code typeMismatch.candidateForm.adults}, {@code typeMismatch.adults},
     * {@code typeMismatch.java.lang.Integer}, {@code typeMismatch}; {@value #INVALID} when none.
     */
    private String keyOf(ObjectError error) {
        if (error.getCodes() != null) {
            for (String code : error.getCodes()) {
                if (source.getMessage(code, null, null, Messages.DUTCH) != null) {
                    return code;
                }
            }
        }
        return INVALID;
    }
}
