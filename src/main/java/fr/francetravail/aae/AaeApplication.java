package fr.francetravail.aae;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The AAE orchestration service: Camunda 7 engine, webapps and REST API, plus the domain API under {@code /api}.
 * Models and forms are deployed as a process application ({@code META-INF/processes.xml}).
 */
@SpringBootApplication
@EnableProcessApplication("aae-orchestration")
@ConfigurationPropertiesScan
public class AaeApplication {

    public static void main(String[] args) {
        SpringApplication.run(AaeApplication.class, args);
    }
}
