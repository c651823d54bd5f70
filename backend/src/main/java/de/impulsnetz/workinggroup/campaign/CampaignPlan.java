package de.impulsnetz.workinggroup.campaign;

import java.util.List;

import de.impulsnetz.municipality.Municipality;

/**
 * A campaign's posting plan as those who may read it see it: the rows by date, who took
 * part how far, and the figures summed.
 *
 * @param participation one entry per member municipality, in the group's order
 */
public record CampaignPlan(Campaign campaign, List<PlannedPost> posts, List<Participation> participation,
		PlannedPost.Figures total) {

	/**
	 * How far a member municipality took part.
	 */
	public record Participation(Municipality municipality, boolean optedIn, int planned, int published,
			PlannedPost.Figures figures) {

		/**
		 * Still to do: not opted in, nothing planned or nothing published yet.
		 */
		public boolean behind() {
			return !this.optedIn || this.planned == 0 || this.published < this.planned;
		}

	}

	public String name(String municipality) {
		return this.participation.stream()
			.filter((entry) -> entry.municipality().slug().equals(municipality))
			.map((entry) -> entry.municipality().name())
			.findFirst()
			.orElse(municipality);
	}

}
