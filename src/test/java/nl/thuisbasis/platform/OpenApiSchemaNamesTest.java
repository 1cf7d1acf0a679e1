package nl.thuisbasis.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The OpenAPI document names a schema by its type's simple name: two types with one simple name would share one schema,
 * and an operation would be documented with another operation's body. Every type an API operation reads or writes
 * (its body, its answer, and the records, lists and enums in them) has a simple name of its own.
 */
class OpenApiSchemaNamesTest {

    @Test
    void no_two_types_of_the_api_share_a_schema_name() {
        Set<Class<?>> seen = new HashSet<>();
        Deque<Type> todo = new ArrayDeque<>();
        for (JavaClass controller : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.thuisbasis")) {
            if (!controller.isAnnotatedWith(ApiController.class)) {
                continue;
            }
            for (Method method : controller.reflect().getDeclaredMethods()) {
                if (AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
                    todo.add(method.getGenericReturnType());
                    for (java.lang.reflect.Parameter parameter : method.getParameters()) {
                        if (parameter.isAnnotationPresent(org.springframework.web.bind.annotation.RequestBody.class)) {
                            todo.add(parameter.getParameterizedType());
                        }
                    }
                }
            }
        }
        while (!todo.isEmpty()) {
            Type type = todo.pop();
            if (type instanceof ParameterizedType generic) {
                todo.add(generic.getRawType());
                todo.addAll(java.util.List.of(generic.getActualTypeArguments()));
            } else if (type instanceof Class<?> c && c.getName().startsWith("nl.thuisbasis") && seen.add(c)) {
                if (c.isRecord()) {
                    for (RecordComponent component : c.getRecordComponents()) {
                        todo.add(component.getGenericType());
                    }
                }
            }
        }
        Map<String, Set<String>> bySimpleName = new TreeMap<>();
        // enums are written inline (a string with its values), not as a named schema
        seen.stream().filter(c -> !c.isEnum()).forEach(c -> bySimpleName.computeIfAbsent(c.getSimpleName(), k -> new TreeSet<>()).add(c.getName()));
        bySimpleName.values().removeIf(types -> types.size() < 2);
        assertThat(bySimpleName).isEmpty();
    }
}
