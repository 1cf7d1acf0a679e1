package nl.thuisbasis.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Listeners of events between modules ({@code @ApplicationModuleListener}) run after the publishing transaction has
 * committed, in a transaction of their own, on Spring Boot's task executor.
 */
@Configuration
@EnableAsync
class AsyncConfiguration {
}
