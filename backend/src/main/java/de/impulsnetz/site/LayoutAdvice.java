package de.impulsnetz.site;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;

/**
 * What the layout needs on every page: the current path, to mark the active navigation
 * entry and to offer the same page in the other language.
 */
@ControllerAdvice
class LayoutAdvice {

	@ModelAttribute("currentPath")
	String currentPath(ServerWebExchange exchange) {
		return exchange.getRequest().getPath().pathWithinApplication().value();
	}

}
