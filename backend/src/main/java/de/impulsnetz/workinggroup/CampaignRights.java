package de.impulsnetz.workinggroup;

import org.jspecify.annotations.Nullable;

/**
 * Who may do what with the campaigns of a working group; made by
 * {@link GroupRights#campaigns}, the one place these rules live. Everyone reads a
 * campaign and its shared material.
 *
 * @param manage create and edit campaigns, turn one into a Praxisbeispiel: coordinators
 * and admins
 * @param readPlan see the posting plan with every town's own text, who took part and the
 * figures: people in the group, members of a member municipality, organisers and admins
 * @param ownMunicipality the member municipality whose posts this member plans (opt in,
 * plan, publish, enter figures), or {@code null}
 * @param anyMunicipality admins plan for every member municipality
 */
public record CampaignRights(boolean manage, boolean readPlan, @Nullable String ownMunicipality,
		boolean anyMunicipality) {

	/**
	 * May this member opt this member municipality in and plan its posts?
	 */
	public boolean planFor(WorkingGroup group, @Nullable String municipality) {
		return municipality != null && group.municipalities().contains(municipality)
				&& (this.anyMunicipality || municipality.equals(this.ownMunicipality));
	}

}
