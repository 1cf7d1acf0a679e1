package nl.thuisbasis.platform;

import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #fmt} in every template: {@code ${#fmt.date(x)}}, {@code ${#fmt.dateTime(x)}}, {@code ${#fmt.month(x)}} write
 * dates the one way of the page's language ({@link DateFormats}).
 */
@Component
class FormatDialect extends AbstractDialect implements IExpressionObjectDialect {

    FormatDialect() {
        super("thuisbasis-formats");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("fmt");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return new Formats(context.getLocale());
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }

    /** What {@code #fmt} offers a template. */
    public record Formats(Locale locale) {

        public String date(Object value) {
            return DateFormats.date(value, locale);
        }

        public String dateTime(Object value) {
            return DateFormats.dateTime(value, locale);
        }

        public String month(Object value) {
            return DateFormats.month(value, locale);
        }
    }
}
