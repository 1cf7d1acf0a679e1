package nl.thuisbasis.platform;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Errors the server answers before the application sees the request (a {@code %2F} or bad percent-encoding in the path,
 * a NUL, a 100 kB URL, an oversized header) are problem+json under {@code /api}, with {@code API-Version}, like every
 * other API error; elsewhere a short page without the server's name and version.
 */
@Configuration
class ServerErrorReports {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports(ApiProperties api) {
        return factory -> factory.addContextLifecycleListeners(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && event.getLifecycle() instanceof Context context
                    && context.getParent() != null) {
                Container host = context.getParent();
                Pipeline pipeline = host.getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                        pipeline.removeValve(valve);
                    }
                }
                pipeline.addValve(new ProblemErrorReportValve(api.version()));
            }
        });
    }

    /** Tomcat's own error report, as problem+json for the API. Never echoes the request (it may hold personal data). */
    static final class ProblemErrorReportValve extends ErrorReportValve {

        private final String version;

        ProblemErrorReportValve(String version) {
            this.version = version;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0) {
                return;
            }
            String uri = request.getCoyoteRequest().requestURI().toString();
            // a request line that could not be read at all has no path: answered as the API would
            if (uri != null && !uri.isEmpty() && !uri.startsWith("/api/")) {
                super.report(request, response, throwable);
                return;
            }
            if (!response.setErrorReported()) {
                return;
            }
            String code = status == 400 ? "bad-request" : status == 413 || status == 414 || status == 431 ? "too-large"
                    : status == 404 ? "not-found" : "server-error";
            String title = status == 400 ? "Ongeldig verzoek" : code.equals("too-large") ? "Te groot"
                    : status == 404 ? "Niet gevonden" : "Fout";
            String detail = status == 400 ? "Het verzoek kan niet gelezen worden: controleer het adres (codering) en de headers."
                    : code.equals("too-large") ? "Het adres of de headers zijn te groot." : title;
            try {
                response.setContentType(ApiProblems.PROBLEM_JSON.toString());
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setHeader("API-Version", version);
                response.setHeader("X-Content-Type-Options", "nosniff");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write("{\"type\":\"https://thuisbasis.nl/problemen/" + code + "\",\"title\":\"" + title
                            + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}");
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone: nothing more to answer
            }
        }
    }
}
