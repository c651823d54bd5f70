package de.impulsnetz.identity.account;

import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.MemberDataHolder;
import de.impulsnetz.identity.OwnContent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.impulsnetz.identity.keycloak.KeycloakAdmin;
import jakarta.ws.rs.NotFoundException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.keycloak.representations.idm.UserRepresentation;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * A member's own account: what the platform knows about them, and leaving it.
 */
@Service
public class MemberAccounts {

	private static final Log logger = LogFactory.getLog(MemberAccounts.class);

	private final KeycloakAdmin admin;

	private final List<MemberDataHolder> holders;

	MemberAccounts(KeycloakAdmin admin, List<MemberDataHolder> holders) {
		this.admin = admin;
		this.holders = holders;
	}

	/**
	 * Everything stored about the member: the account in Keycloak and each feature's
	 * data.
	 */
	public Mono<Map<String, Object>> export(Member member) {
		Map<String, Object> account = new LinkedHashMap<>();
		account.put("id", member.id());
		account.put("benutzername", member.username());
		account.put("name", member.name());
		account.put("email", member.email());
		account.put("kommune", member.municipality());
		account.put("rollen", member.roleNames());
		Mono<Map<String, Object>> keycloak = this.admin
			.call((realm) -> realm.users().get(member.id()).toRepresentation())
			.map(MemberAccounts::keycloakAccount);
		Mono<Map<String, Object>> features = Flux.fromIterable(this.holders)
			.concatMap((holder) -> holder.export(member).map((data) -> Map.entry(holder.key(), data)))
			.collectMap(Map.Entry::getKey, Map.Entry::getValue, LinkedHashMap::new);
		return Mono.zip(keycloak, features).map((parts) -> {
			Map<String, Object> export = new LinkedHashMap<>();
			export.put("exportiertAm", Instant.now().toString());
			export.put("konto", account);
			export.put("anmeldedienst", parts.getT1());
			export.put("daten", parts.getT2());
			return export;
		});
	}

	/**
	 * The member's own things in every feature (registrations, proposals, cases,
	 * watches), grouped by kind in the order the features list them.
	 */
	public Mono<Map<String, List<OwnContent>>> overview(Member member) {
		return Flux.fromIterable(this.holders)
			.concatMap((holder) -> holder.overview(member))
			.collect(LinkedHashMap::new, (groups,
					item) -> groups.computeIfAbsent(item.kindKey(), (kind) -> new java.util.ArrayList<>()).add(item));
	}

	/**
	 * Erases the member's data in every feature, then deletes the Keycloak user (which
	 * ends their sessions there).
	 */
	public Mono<Void> delete(Member member) {
		return Flux.fromIterable(this.holders)
			.concatMap((holder) -> holder.erase(member))
			.then(this.admin.call((realm) -> {
				try (var response = realm.users().delete(member.id())) {
					return response.getStatus();
				}
				catch (NotFoundException ex) {
					return 404;
				}
			}))
			.doOnNext((status) -> logger.info("Deleted account " + member.id() + " (Keycloak answered " + status + ")"))
			.then();
	}

	private static Map<String, Object> keycloakAccount(UserRepresentation user) {
		Map<String, Object> account = new LinkedHashMap<>();
		account.put("benutzername", user.getUsername());
		account.put("vorname", user.getFirstName());
		account.put("nachname", user.getLastName());
		account.put("email", user.getEmail());
		account.put("emailBestaetigt", user.isEmailVerified());
		account.put("angelegtAm", (user.getCreatedTimestamp() != null)
				? Instant.ofEpochMilli(user.getCreatedTimestamp()).toString() : null);
		return account;
	}

}
