package de.impulsnetz.site;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Impressum, Datenschutzerklärung and Erklärung zur Barrierefreiheit.
 */
@Controller
@EnableConfigurationProperties(Operator.class)
class LegalPagesController {

	private final Operator operator;

	LegalPagesController(Operator operator) {
		this.operator = operator;
	}

	@ModelAttribute("operator")
	Operator operator() {
		return this.operator;
	}

	@GetMapping("/impressum")
	String imprint() {
		return "site/impressum";
	}

	@GetMapping("/datenschutz")
	String privacy() {
		return "site/datenschutz";
	}

	@GetMapping("/barrierefreiheit")
	String accessibility() {
		return "site/barrierefreiheit";
	}

}
