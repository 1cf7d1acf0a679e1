package nl.thuisbasis.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Web binding shared by every module: dates ({@link DateInput}) and decimals ({@link DecimalInput}) in forms and queries;
 * the API's content negotiation before an operation runs ({@link ApiRequestChecks}).
 */
@Configuration
class PlatformWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(java.time.LocalDate.class, new DateInput());
        registry.addFormatterForFieldType(Double.class, new DecimalInput());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ApiRequestChecks()).addPathPatterns("/api/**");
    }
}
