package de.impulsnetz;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Impulsnetz: Praxisbeispiele, Impulse and barcamps for the social media teams of German
 * municipalities, Jobcenter and social institutions.
 */
@SpringBootApplication
public class ImpulsnetzApplication {

	public static void main(String[] args) {
		SpringApplication.run(ImpulsnetzApplication.class, args);
	}

}
