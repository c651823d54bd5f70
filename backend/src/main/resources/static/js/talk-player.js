// The caption switch of the player (templates/talk/_player.html): one button per caption
// language and one to turn them off, made from the player's <track> elements through the
// TextTrack API, each with aria-pressed, and the state in words. Real buttons: Tab reaches
// them, Enter and Space press them. Without JavaScript the browser's own controls stay.
(function () {
	'use strict';

	var counter = 0;

	function captionTracks(media) {
		return Array.prototype.filter.call(media.textTracks, function (track) {
			return track.kind === 'captions' || track.kind === 'subtitles';
		});
	}

	function button(text, language) {
		var element = document.createElement('button');
		element.type = 'button';
		element.className = 'kern-btn kern-btn--secondary';
		element.setAttribute('data-caption-language', language);
		var label = document.createElement('span');
		label.className = 'kern-label';
		label.textContent = text;
		element.appendChild(label);
		return element;
	}

	function setUp(box) {
		var media = box.parentNode.querySelector('video, audio');
		if (!media || !media.textTracks) {
			return;
		}
		var tracks = captionTracks(media);
		if (tracks.length === 0) {
			return;
		}
		counter += 1;
		var id = 'untertitel-' + counter;
		var heading = document.createElement('span');
		heading.className = 'kern-label talk-player__captions-label';
		heading.id = id;
		heading.textContent = box.getAttribute('data-caption-label');
		var buttons = document.createElement('div');
		buttons.className = 'talk-player__captions-buttons';
		buttons.setAttribute('role', 'group');
		buttons.setAttribute('aria-labelledby', id);
		buttons.appendChild(button(box.getAttribute('data-caption-off'), ''));
		tracks.forEach(function (track) {
			var choice = button(track.label || track.language, track.language);
			if (track.language) {
				choice.setAttribute('lang', track.language);
			}
			buttons.appendChild(choice);
		});
		var state = document.createElement('p');
		state.className = 'kern-body talk-player__captions-state';
		state.setAttribute('aria-live', 'polite');
		state.setAttribute('data-caption-state', '');
		box.appendChild(heading);
		box.appendChild(buttons);
		box.appendChild(state);

		function showing() {
			for (var i = 0; i < tracks.length; i++) {
				if (tracks[i].mode === 'showing') {
					return tracks[i];
				}
			}
			return null;
		}

		function show() {
			var on = showing();
			var language = on ? on.language : '';
			buttons.querySelectorAll('button').forEach(function (choice) {
				var pressed = choice.getAttribute('data-caption-language') === language;
				choice.setAttribute('aria-pressed', pressed ? 'true' : 'false');
				choice.classList.toggle('kern-btn--primary', pressed);
				choice.classList.toggle('kern-btn--secondary', !pressed);
			});
			state.textContent = on
				? box.getAttribute('data-caption-on').replace('{0}', on.label || on.language)
				: box.getAttribute('data-caption-none');
		}

		buttons.addEventListener('click', function (event) {
			var choice = event.target.closest('button[data-caption-language]');
			if (!choice) {
				return;
			}
			var language = choice.getAttribute('data-caption-language');
			tracks.forEach(function (track) {
				track.mode = (language !== '' && track.language === language) ? 'showing' : 'disabled';
			});
			show();
		});

		// The track marked default shows from the start, whether or not the browser has
		// chosen it yet; the browser's own menu may change the choice as well.
		if (!showing()) {
			Array.prototype.forEach.call(media.querySelectorAll('track[default]'), function (element) {
				if (element.track && tracks.indexOf(element.track) >= 0) {
					element.track.mode = 'showing';
				}
			});
		}
		media.textTracks.addEventListener('change', show);
		show();
		box.hidden = false;
	}

	document.querySelectorAll('[data-captions]').forEach(setUp);
}());
