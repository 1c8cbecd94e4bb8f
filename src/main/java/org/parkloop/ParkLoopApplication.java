package org.parkloop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** ParkLoop 园循: the platform a city uses to run the circular transformation (循环化改造) of its industrial parks. */
@SpringBootApplication
@ConfigurationPropertiesScan
@org.springframework.scheduling.annotation.EnableScheduling
@Modulithic(systemName = "ParkLoop", sharedModules = "shared")
public class ParkLoopApplication {

	public static void main(String[] args) {
		SpringApplication.run(ParkLoopApplication.class, args);
	}
}
