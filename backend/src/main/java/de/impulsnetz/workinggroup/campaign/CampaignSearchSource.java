package de.impulsnetz.workinggroup.campaign;

import java.time.Instant;
import java.util.stream.Collectors;

import de.impulsnetz.search.SearchDocument;
import de.impulsnetz.search.SearchSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Campaigns for the search index: only what is published for everyone — title, theme,
 * goal, hashtags and the shared material. The plan with every town's own text and the
 * figures never reach the index.
 */
@Component
class CampaignSearchSource implements SearchSource {

	static final String KIND = "kampagne";

	private final ReactiveMongoTemplate mongo;

	private final Campaigns campaigns;

	CampaignSearchSource(ReactiveMongoTemplate mongo, Campaigns campaigns) {
		this.mongo = mongo;
		this.campaigns = campaigns;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Flux<SearchDocument> all() {
		return this.campaigns.all().map(CampaignSearchSource::document);
	}

	@Override
	public Mono<SearchDocument> one(String key) {
		return this.mongo.findOne(Query.query(Criteria.where("slug").is(key)), Campaign.class)
			.map(CampaignSearchSource::document);
	}

	@Override
	public Flux<String> changedSince(Instant since) {
		return this.mongo.find(Query.query(
				new Criteria().orOperator(Criteria.where("editedAt").gt(since), Criteria.where("createdAt").gt(since))),
				Campaign.class)
			.map(Campaign::slug);
	}

	static SearchDocument document(Campaign campaign) {
		String material = campaign.material()
			.stream()
			.map((item) -> item.title() + "\n\n" + item.text() + "\n\n" + item.usage())
			.collect(Collectors.joining("\n\n"));
		String summary = campaign.goal().isBlank() ? campaign.theme() : campaign.goal();
		summary = summary.replaceAll("[#*_`>]", "").replaceAll("\\s+", " ").strip();
		if (summary.length() > 300) {
			summary = summary.substring(0, 300) + "…";
		}
		Instant date = (campaign.editedAt() != null) ? campaign.editedAt() : campaign.createdAt();
		return new SearchDocument(KIND, campaign.slug(), campaign.title(), summary,
				campaign.hashtags().stream().map((tag) -> "#" + tag).toList(),
				campaign.theme() + "\n\n" + campaign.goal() + "\n\n" + material,
				"/arbeitsgruppen/" + campaign.group() + "/kampagnen/" + campaign.slug(), date);
	}

}
