package nl.thuisbasis.trajectory.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import nl.thuisbasis.trajectory.TrajectoryProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** On start: the instrument that ships with Thuisbasis is stored when its version is not there yet. */
@Component
@org.springframework.core.annotation.Order(40)
class ShippedInstrument implements ApplicationRunner {

    private final Instruments instruments;
    private final TrajectoryProperties properties;

    ShippedInstrument(Instruments instruments, TrajectoryProperties properties) {
        this.instruments = instruments;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        try (InputStream in = new ClassPathResource(properties.shippedInstrument()).getInputStream()) {
            instruments.ship(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped instrument " + properties.shippedInstrument() + " cannot be read", e);
        }
    }
}
