// The transcript and chapter list drive the player on the same page: a timestamp seeks the
// player there and plays (without JavaScript the link reloads the page with #t=), and the
// line being spoken is marked with aria-current while the recording plays.
(function () {
	'use strict';

	var player = document.querySelector('#player video, #player audio');
	if (!player) {
		return;
	}

	document.querySelectorAll('[data-transcript-seek]').forEach(function (list) {
		list.addEventListener('click', function (event) {
			var link = event.target.closest('a[data-seek]');
			if (!link) {
				return;
			}
			event.preventDefault();
			player.currentTime = parseFloat(link.getAttribute('data-seek'));
			var playing = player.play();
			if (playing && playing.catch) {
				playing.catch(function () {
					// The browser may refuse to play without a gesture it accepts; the position is set.
				});
			}
		});
	});

	var container = document.querySelector('[data-transcript-lines]');
	if (!container) {
		return;
	}
	var lines = Array.prototype.map.call(container.querySelectorAll('[data-start]'), function (element) {
		return {
			element: element,
			start: parseFloat(element.getAttribute('data-start')),
			end: parseFloat(element.getAttribute('data-end'))
		};
	});
	var current = null;

	function lineAt(time) {
		// Lines are in order of their start: the last one that started before the time.
		var low = 0;
		var high = lines.length - 1;
		var found = null;
		while (low <= high) {
			var middle = (low + high) >> 1;
			if (lines[middle].start <= time) {
				found = lines[middle];
				low = middle + 1;
			}
			else {
				high = middle - 1;
			}
		}
		return (found && time < found.end) ? found : null;
	}

	function follow() {
		var line = lineAt(player.currentTime);
		if (line === current) {
			return;
		}
		if (current) {
			current.element.removeAttribute('aria-current');
		}
		if (line) {
			line.element.setAttribute('aria-current', 'true');
		}
		current = line;
	}

	player.addEventListener('timeupdate', follow);
	player.addEventListener('seeked', follow);
}());
