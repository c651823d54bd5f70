package de.impulsnetz.municipality;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.municipality.channel.ChannelKeeping;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The directory of municipalities: registering in the app, finding by address, the towns
 * of a Kreis, and the sections other features add to a municipality's page.
 */
@IntegrationTest
class MunicipalityDirectoryTests {

	@Autowired
	MunicipalityDirectory directory;

	@Autowired
	List<MunicipalityProfileContributor> contributors;

	@Autowired
	ChannelKeeping channels;

	@Autowired
	ConfigurableApplicationContext context;

	@Test
	void registersAMunicipalityUnderTheAddressOfItsName() {
		String name = "Gemeinde Testingen " + UUID.randomUUID().toString().substring(0, 6);
		List<MunicipalityChanged> changes = new CopyOnWriteArrayList<>();
		ApplicationListener<?> listener = ApplicationListener.<MunicipalityChanged>forPayload(changes::add);
		this.context.addApplicationListener(listener);
		Municipality registered;
		try {
			registered = this.directory
				.register(new NewMunicipality("  " + name + " ", MunicipalityKind.GEMEINDE, " Münsterland ",
						"Nordrhein-Westfalen", null, List.of("testingen.example")))
				.block();
		}
		finally {
			this.context.removeApplicationListener(listener);
		}

		assertThat(registered.slug()).startsWith("gemeinde-testingen-");
		assertThat(registered.name()).isEqualTo(name);
		assertThat(registered.region()).isEqualTo("Münsterland");
		assertThat(this.channels.forReader(registered.slug(), null).block().channels()).isEmpty();
		assertThat(this.directory.bySlug(registered.slug()).block()).isNotNull();
		assertThat(changes)
			.anySatisfy((changed) -> assertThat(changed.municipality().slug()).isEqualTo(registered.slug()));
	}

	@Test
	void refusesASecondMunicipalityWithTheSameAddress() {
		NewMunicipality twice = new NewMunicipality("Stadt Doppelt " + UUID.randomUUID().toString().substring(0, 6),
				MunicipalityKind.STADT, "Sauerland", "Nordrhein-Westfalen", null, List.of());
		this.directory.register(twice).block();

		assertThatThrownBy(() -> this.directory.register(twice).block()).isInstanceOf(MunicipalityExists.class);
	}

	@Test
	void findsTheTownsOfAKreisAndSeveralMunicipalitiesByName() {
		assertThat(this.directory.partsOf("kreis-steinfurt").map(Municipality::slug).collectList().block())
			.contains("stadt-rheine", "stadt-ibbenbueren")
			.doesNotContain("stadt-altena", "kreis-steinfurt");
		assertThat(this.directory.bySlugs(List.of("stadt-rheine", "kreis-steinfurt", "stadt-altena"))
			.map(Municipality::name)
			.collectList()
			.block()).containsExactly("Kreis Steinfurt", "Stadt Altena", "Stadt Rheine");
		assertThat(this.directory.bySlug("gibt-es-nicht").block()).isNull();
	}

	@Test
	void otherFeaturesAddSectionsToTheOrganisersPage() {
		List<ProfileEntry> entries = this.contributors.stream()
			.flatMap((contributor) -> contributor.entriesFor("kreis-steinfurt").toStream())
			.toList();

		assertThat(entries).extracting(ProfileEntry::section)
			.contains("municipality.section.talks", "municipality.section.practices");
		assertThat(entries).filteredOn((entry) -> entry.section().equals("municipality.section.talks"))
			.extracting(ProfileEntry::href)
			.containsExactly("/impulse/impulsreihe-social-media");
		assertThat(entries).allSatisfy((entry) -> assertThat(entry.href())
			.satisfiesAnyOf((href) -> assertThat(href).isNull(), (href) -> assertThat(href).startsWith("/")));
	}

}
