// The recording page follows the processing by itself: while the upload waits or runs it
// asks the server for the state every few seconds, shows it in place and says a change
// politely to screen readers; once done (or failed) it shows the page's new state and the
// player without a reload. Without JavaScript the "Stand aktualisieren" link reloads.
(function () {
	'use strict';
	var section = document.querySelector('[data-recording-live]');
	if (!section || !window.fetch || !window.DOMParser) {
		return;
	}
	var url = section.getAttribute('data-recording-live');
	var announce = section.querySelector('[data-recording-announce]');
	var refresh = section.querySelector('[data-recording-refresh]');
	var last = null;
	var INTERVAL = 3000;

	if (refresh) {
		refresh.hidden = true;
	}

	function say(text) {
		if (announce) {
			announce.textContent = text;
		}
	}

	function showProgress(state) {
		var status = section.querySelector('[data-recording-status]');
		if (status) {
			status.textContent = state.text;
		}
		var bar = section.querySelector('progress');
		var percent = section.querySelector('[data-recording-percent]');
		if (bar) {
			bar.value = state.progress;
			bar.textContent = state.progress + ' %';
		}
		if (percent) {
			percent.textContent = state.progress + ' %';
		}
	}

	// The page as the server now renders it: its state and the new recording's player.
	function showFinished(state) {
		return fetch(window.location.pathname, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
			.then(function (response) {
				if (!response.ok) {
					throw new Error(response.status);
				}
				return response.text();
			})
			.then(function (html) {
				var page = new DOMParser().parseFromString(html, 'text/html');
				['stand-inhalt', 'aktuell'].forEach(function (id) {
					var fresh = page.getElementById(id);
					var old = document.getElementById(id);
					if (fresh && old) {
						old.innerHTML = fresh.innerHTML;
					}
				});
				say(state.status === 'FERTIG' ? section.getAttribute('data-recording-done')
						: state.text + (state.error ? ' ' + state.error : ''));
			});
	}

	function stop() {
		if (refresh) {
			refresh.hidden = false;
		}
	}

	function ask() {
		fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
			.then(function (response) {
				if (!response.ok) {
					throw new Error(response.status);
				}
				return response.json();
			})
			.then(function (state) {
				if (last !== null && state.status !== last && state.running) {
					say(state.text);
				}
				last = state.status;
				if (state.running) {
					showProgress(state);
					window.setTimeout(ask, INTERVAL);
					return null;
				}
				return showFinished(state);
			})
			.catch(stop);
	}

	window.setTimeout(ask, INTERVAL);
}());
