package testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Spring test whose address search answers from {@link PdokStub}. Test classes that extend it (and are otherwise
 * configured alike) share one application context.
 */
public abstract class PdokStubbed {

    @DynamicPropertySource
    static void addressSearch(DynamicPropertyRegistry registry) {
        registry.add("thuisbasis.facility.geocoder.url", PdokStub::url);
    }
}
