package nl.thuisbasis;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

/** Thuisbasis: one regional system for housing vulnerable people. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@org.springframework.scheduling.annotation.EnableScheduling
public class ThuisbasisApplication {

    public static void main(String[] args) {
        SpringApplication.run(ThuisbasisApplication.class, args);
    }
}
