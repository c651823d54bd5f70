package de.impulsnetz.identity;

import de.impulsnetz.identity.login.AuthorizationRequests;
import de.impulsnetz.identity.login.LoginLanguage;
import de.impulsnetz.identity.login.Reauthentication;
import de.impulsnetz.identity.login.ReturnAfterLogin;
import de.impulsnetz.identity.session.KeycloakCheckedSecurityContexts;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.impulsnetz.identity.keycloak.KeycloakProperties;
import de.impulsnetz.shared.web.ApiProblems;
import de.impulsnetz.shared.web.StreamedForms;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity.HeaderSpec.FrameOptionsSpec;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.ReactiveOidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestHandler;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Who may do what. Reading is public; writing needs a login. Two filter chains:
 * <ul>
 * <li>{@code /api/**}: bearer tokens from the realm with audience {@code impulsnetz-api},
 * stateless, errors as problem details;</li>
 * <li>everything else: OIDC login with Keycloak (authorization code + PKCE, scopes
 * {@code openid organization}), session in MongoDB, CSRF on every form, RP-initiated
 * logout, German error pages.</li>
 * </ul>
 * The client registration is built from configuration, not from Keycloak's discovery
 * document, so the app starts and serves public pages while Keycloak is down. Each
 * feature declares what differs from "reading is public, writing needs a login" for its
 * own pages as {@link AccessRules}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KeycloakProperties.class)
public class SecurityConfiguration {

	/** The registration id of Keycloak in the OAuth2 client configuration. */
	public static final String REGISTRATION = "keycloak";

	/**
	 * Everything comes from our own origin: no CDN, no web fonts, no inline script or
	 * style. {@code data:} images are the icons inside the KERN UX stylesheet. Forms may
	 * lead to Keycloak only: logging out posts here and is redirected there, and browsers
	 * apply {@code form-action} to that redirect.
	 */
	static String contentSecurityPolicy(KeycloakProperties keycloak) {
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
				+ "connect-src 'self'; media-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self' "
				+ keycloak.url() + "; frame-ancestors 'none'";
	}

	private static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

	private static final XFrameOptionsServerHttpHeadersWriter FRAME_OPTIONS = new XFrameOptionsServerHttpHeadersWriter();

	static {
		FRAME_OPTIONS.setMode(Mode.DENY);
	}

	private static final String NO_SUBJECT = "The token names no subject (sub); request it with the scope basic";

	private static final String CLIENT_NOT_ALLOWED = "The token was issued to a client not allowed to act for members (azp)";

	private final String contentSecurityPolicy;

	private final List<AccessRules> rules;

	private final String[] tokenLinks;

	private final String[] streamedForms;

	SecurityConfiguration(KeycloakProperties keycloak, List<AccessRules> rules, List<StreamedForms> streamedForms) {
		this.contentSecurityPolicy = contentSecurityPolicy(keycloak);
		this.rules = rules;
		this.tokenLinks = rules.stream().flatMap((feature) -> feature.tokenLinks().stream()).toArray(String[]::new);
		this.streamedForms = streamedForms.stream().flatMap((forms) -> forms.paths().stream()).toArray(String[]::new);
	}

	/**
	 * No Micrometer observation around each of Spring Security's filters, its
	 * authentication and its authorization: nothing reads them, and wrapping every filter
	 * of every request cost a few per cent of a logged-in page's CPU. The request as a
	 * whole is still observed ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Static assets: public, no session to load, no CSRF token, and their own caching
	 * ({@code system.StaticAssets}: a year for content-hashed names) instead of the
	 * {@code no-cache, no-store} Spring Security writes on everything else.
	 */
	@Bean
	@Order(0)
	SecurityWebFilterChain staticAssetsFilterChain(ServerHttpSecurity http) {
		return headers(http)
			.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/vendor/**", "/css/**", "/js/**", "/img/**",
					"/favicon*.svg"))
			.headers((headers) -> headers.cache(ServerHttpSecurity.HeaderSpec.CacheSpec::disable))
			.authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll())
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.build();
	}

	@Bean
	@Order(1)
	SecurityWebFilterChain apiFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder apiJwtDecoder,
			ApiProblems problems) {
		ServerAuthenticationEntryPoint unauthorized = unauthorized(problems);
		ServerAccessDeniedHandler forbidden = (exchange, denied) -> problems.write(exchange,
				problems.problem(HttpStatus.FORBIDDEN, "api.problem.forbidden", "api.problem.forbidden.role"));
		return headers(http).securityMatcher(ServerWebExchangeMatchers.pathMatchers("/api/**"))
			.authorizeExchange((exchanges) -> exchanges.pathMatchers("/api/v1/konto/**")
				.authenticated()
				.pathMatchers(HttpMethod.GET, "/api/**")
				.permitAll()
				.anyExchange()
				.authenticated())
			.oauth2ResourceServer((resourceServer) -> resourceServer
				.jwt((jwt) -> jwt.jwtDecoder(apiJwtDecoder).jwtAuthenticationConverter(SecurityConfiguration::apiToken))
				.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler(forbidden))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.build();
	}

	@Bean
	@Order(2)
	SecurityWebFilterChain webFilterChain(ServerHttpSecurity http, ReactiveClientRegistrationRepository registrations,
			KeycloakCheckedSecurityContexts securityContexts, ReturnAfterLogin returnAfterLogin) {
		DefaultServerOAuth2AuthorizationRequestResolver authorizationRequests = new DefaultServerOAuth2AuthorizationRequestResolver(
				registrations);
		authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		OidcClientInitiatedServerLogoutSuccessHandler logoutSuccess = new OidcClientInitiatedServerLogoutSuccessHandler(
				registrations);
		logoutSuccess.setPostLogoutRedirectUri("{baseUrl}/?abgemeldet");
		logoutSuccess.setRedirectStrategy(LoginLanguage.logoutWithLanguage());
		return headers(http).authorizeExchange((exchanges) -> {
			this.rules.forEach((rules) -> rules.pages(exchanges));
			if (this.tokenLinks.length > 0) {
				exchanges.pathMatchers(HttpMethod.POST, this.tokenLinks).permitAll();
			}
			exchanges.pathMatchers(HttpMethod.POST, "/**").authenticated().anyExchange().permitAll();
		})
			.csrf((csrf) -> csrf.csrfTokenRequestHandler(multipartForms()).requireCsrfProtectionMatcher(csrfMatcher()))
			.securityContextRepository(securityContexts)
			.oauth2Login((login) -> login
				.authorizationRequestResolver(AuthorizationRequests.adjusted(authorizationRequests,
						(exchange, request) -> Reauthentication.fresh(exchange,
								LoginLanguage.withLanguage(exchange, request))))
				.authenticationSuccessHandler(returnAfterLogin)
				.authenticationFailureHandler(new RedirectServerAuthenticationFailureHandler("/anmelden?fehler")))
			.logout((logout) -> logout.logoutUrl("/abmelden").logoutSuccessHandler(logoutSuccess))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new RedirectServerAuthenticationEntryPoint("/anmelden"))
				.accessDeniedHandler(
						(exchange, denied) -> Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN))))
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.build();
	}

	/**
	 * Every form needs the CSRF token, except the token links the features declare; the
	 * {@link StreamedForms} check it in their controllers.
	 */
	private ServerWebExchangeMatcher csrfMatcher() {
		String[] exempt = java.util.stream.Stream
			.concat(Arrays.stream(this.tokenLinks), Arrays.stream(this.streamedForms))
			.toArray(String[]::new);
		if (exempt.length == 0) {
			return CsrfWebFilter.DEFAULT_CSRF_MATCHER;
		}
		return new AndServerWebExchangeMatcher(CsrfWebFilter.DEFAULT_CSRF_MATCHER,
				new NegatedServerWebExchangeMatcher(ServerWebExchangeMatchers.pathMatchers(exempt)));
	}

	/**
	 * The default token handler, also reading the token from multipart forms (the editor
	 * uploads images with the text).
	 */
	private static ServerCsrfTokenRequestHandler multipartForms() {
		XorServerCsrfTokenRequestAttributeHandler handler = new XorServerCsrfTokenRequestAttributeHandler();
		handler.setTokenFromMultipartDataEnabled(true);
		return handler;
	}

	private ServerHttpSecurity headers(ServerHttpSecurity http) {
		return http.headers((headers) -> headers
			.contentSecurityPolicy((csp) -> csp.policyDirectives(this.contentSecurityPolicy))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(FrameOptionsSpec::disable)
			.writer(SecurityConfiguration::denyFrames)
			.permissionsPolicy((permissions) -> permissions.policy("camera=(), microphone=(), geolocation=()")));
	}

	/**
	 * {@code X-Frame-Options: DENY}, unless the page set a policy of its own that lets
	 * other sites frame it ({@code frame-ancestors} other than {@code 'none'}, as the
	 * embeddable player does): the header writers leave a header the page set alone.
	 */
	private static Mono<Void> denyFrames(ServerWebExchange exchange) {
		HttpHeaders headers = exchange.getResponse().getHeaders();
		String policy = headers.getFirst(CONTENT_SECURITY_POLICY);
		if (policy != null && policy.contains("frame-ancestors") && !policy.contains("frame-ancestors 'none'")) {
			return Mono.empty();
		}
		return FRAME_OPTIONS.writeHttpHeaders(exchange);
	}

	@Bean
	ReactiveClientRegistrationRepository clientRegistrations(KeycloakProperties keycloak) {
		String endpoints = keycloak.issuer() + "/protocol/openid-connect";
		ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION)
			.clientName("Keycloak")
			.clientId(keycloak.clientId())
			.clientSecret(keycloak.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile", "email", "organization")
			.issuerUri(keycloak.issuer())
			.authorizationUri(endpoints + "/auth")
			.tokenUri(endpoints + "/token")
			.jwkSetUri(endpoints + "/certs")
			.userInfoUri(endpoints + "/userinfo")
			.userNameAttributeName("preferred_username")
			.providerConfigurationMetadata(Map.of("end_session_endpoint", endpoints + "/logout"))
			.build();
		return new InMemoryReactiveClientRegistrationRepository(registration);
	}

	/**
	 * The login's tokens live in the session (so in MongoDB, for every instance), not in
	 * the memory of the instance that saw the login: any instance can then check the
	 * login with Keycloak again.
	 */
	@Bean
	ServerOAuth2AuthorizedClientRepository authorizedClients() {
		return new WebSessionServerOAuth2AuthorizedClientRepository();
	}

	@Bean
	KeycloakCheckedSecurityContexts securityContexts(ServerOAuth2AuthorizedClientRepository authorizedClients,
			ReactiveClientRegistrationRepository registrations,
			ReactiveOAuth2UserService<OidcUserRequest, OidcUser> oidcUserService, Clock clock,
			@Value("${impulsnetz.session.rights-refresh:5m}") Duration interval,
			@Value("${impulsnetz.session.rights-retry:30s}") Duration retry) {
		return new KeycloakCheckedSecurityContexts(authorizedClients, registrations,
				new WebClientReactiveRefreshTokenTokenResponseClient(), new ReactiveOidcIdTokenDecoderFactory(),
				oidcUserService, clock, new KeycloakCheckedSecurityContexts.Rhythm(interval, retry));
	}

	/**
	 * Realm roles come in the {@code roles} claim (mapper of the {@code impulsnetz-api}
	 * client scope, added to the ID token too).
	 */
	@Bean
	ReactiveOAuth2UserService<OidcUserRequest, OidcUser> oidcUserService() {
		OidcReactiveOAuth2UserService delegate = new OidcReactiveOAuth2UserService();
		return (request) -> delegate.loadUser(request).map((user) -> {
			Set<GrantedAuthority> authorities = new HashSet<>(user.getAuthorities());
			Member.roles(user.getClaims().get("roles")).forEach((role) -> authorities.add(role.authority()));
			return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "preferred_username");
		});
	}

	/**
	 * 401 of the API, saying which part of the token is missing when it is the member.
	 */
	static ServerAuthenticationEntryPoint unauthorized(ApiProblems problems) {
		return (exchange, failure) -> {
			exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			String detail = says(failure, NO_SUBJECT) ? "api.problem.unauthorized.subject"
					: says(failure, CLIENT_NOT_ALLOWED) ? "api.problem.unauthorized.client"
							: "api.problem.unauthorized.token";
			return problems.write(exchange,
					problems.problem(HttpStatus.UNAUTHORIZED, "api.problem.unauthorized", detail));
		};
	}

	private static boolean says(AuthenticationException failure, String description) {
		return failure.getCause() instanceof JwtValidationException invalid
				&& invalid.getErrors().stream().anyMatch((error) -> description.equals(error.getDescription()));
	}

	/**
	 * Bearer tokens for the API: signed by the realm, from its issuer, for our audience.
	 * The keys are fetched when the first token arrives, not at start-up.
	 */
	@Bean
	ReactiveJwtDecoder apiJwtDecoder(KeycloakProperties keycloak) {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
			.withJwkSetUri(keycloak.issuer() + "/protocol/openid-connect/certs")
			.build();
		decoder.setJwtValidator(apiTokenValidator(keycloak));
		return decoder;
	}

	/**
	 * What an API token must say besides its signature: our realm as issuer, our
	 * audience, and the member it stands for ({@code sub}, which Keycloak adds with the
	 * {@code basic} scope), issued to a client the operator allows ({@code azp} in
	 * {@code impulsnetz.keycloak.api-clients}). A token without a member never becomes an
	 * authentication, so no feature sees one.
	 */
	static OAuth2TokenValidator<Jwt> apiTokenValidator(KeycloakProperties keycloak) {
		return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(keycloak.issuer()),
				(jwt) -> (jwt.getAudience() != null && jwt.getAudience().contains(keycloak.apiAudience()))
						? OAuth2TokenValidatorResult.success()
						: OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
								"The token is not meant for " + keycloak.apiAudience(), null)),
				(jwt) -> StringUtils.hasText(jwt.getSubject()) ? OAuth2TokenValidatorResult.success()
						: OAuth2TokenValidatorResult
							.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, NO_SUBJECT, null)),
				(jwt) -> (jwt.hasClaim("azp") && keycloak.apiClients().contains(jwt.getClaimAsString("azp")))
						? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult
							.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, CLIENT_NOT_ALLOWED, null)));
	}

	static Mono<org.springframework.security.authentication.AbstractAuthenticationToken> apiToken(Jwt jwt) {
		Set<GrantedAuthority> authorities = new HashSet<>();
		Member.roles(jwt.getClaims().get("roles")).forEach((role) -> authorities.add(role.authority()));
		return Mono.just(new JwtAuthenticationToken(jwt, authorities, jwt.getClaimAsString("preferred_username")));
	}

}
