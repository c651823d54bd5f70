package de.impulsnetz.workinggroup.campaign;

import de.impulsnetz.media.ImageUsage;
import de.impulsnetz.media.Images;
import reactor.core.publisher.Flux;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The images the campaigns show: those uploaded with an item of shared material and those
 * the theme, goal or material texts show in Markdown, so that the nightly clean-up keeps
 * them.
 */
@Component
class CampaignImages implements ImageUsage {

	private final ReactiveMongoTemplate mongo;

	CampaignImages(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Flux<String> referencedImages() {
		return this.mongo.findAll(Campaign.class).concatMapIterable((campaign) -> {
			StringBuilder texts = new StringBuilder(campaign.theme()).append('\n').append(campaign.goal());
			for (Campaign.Material item : campaign.material()) {
				texts.append('\n').append(item.text());
				if (item.image() != null) {
					texts.append('\n').append(item.image().path());
				}
			}
			return Images.referencedIn(texts.toString());
		});
	}

}
