package de.impulsnetz;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private static final ApplicationModules modules = ApplicationModules.of(ImpulsnetzApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicTypesAndHaveNoCycles() {
		modules.verify();
	}

	@Test
	void writesModuleDiagrams() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
