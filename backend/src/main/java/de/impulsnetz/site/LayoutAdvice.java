package de.impulsnetz.site;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;

/**
 * What the layout needs on every page: the current path, to mark the active navigation
 * entry and to offer the same page in the other language, and the current address with
 * its query, for login links that return to the very page (a search, a filtered list).
 */
@ControllerAdvice
class LayoutAdvice {

	@ModelAttribute("currentPath")
	String currentPath(ServerWebExchange exchange) {
		return exchange.getRequest().getPath().pathWithinApplication().value();
	}

	@ModelAttribute("currentAddress")
	String currentAddress(ServerWebExchange exchange) {
		String query = exchange.getRequest().getURI().getRawQuery();
		return currentPath(exchange) + ((query != null && !query.isEmpty()) ? "?" + query : "");
	}

}
