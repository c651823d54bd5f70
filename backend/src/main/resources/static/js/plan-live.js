// The live session plan. Progressive enhancement: without this script the page shows the
// plan as it was when loaded. With it, every change announced by the server (server-sent
// events) replaces the grid and says so politely to screen readers; focus stays where it is.
(function () {
	'use strict';
	var plan = document.getElementById('plan');
	var status = document.getElementById('plan-status');
	if (!plan || !window.EventSource || !window.fetch || !window.DOMParser) {
		return;
	}
	var source = new EventSource(plan.getAttribute('data-live'));

	function refresh() {
		fetch(window.location.pathname, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
			.then(function (response) {
				return response.ok ? response.text() : null;
			})
			.then(function (html) {
				if (html === null) {
					return;
				}
				var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('plan');
				if (fresh) {
					plan.innerHTML = fresh.innerHTML;
					if (status) {
						var time = new Date().toLocaleTimeString('de-DE', { hour: '2-digit', minute: '2-digit' });
						status.textContent = (status.getAttribute('data-updated') || '') + ' ' + time;
					}
				}
			})
			.catch(function () {
				// The next change tries again.
			});
	}

	source.addEventListener('plan', refresh);
	// "Jetzt / Als Nächstes" also moves on with the clock.
	var seconds = parseInt(plan.getAttribute('data-refresh-seconds'), 10);
	if (seconds > 0) {
		window.setInterval(refresh, seconds * 1000);
	}
	// A full server refuses the connection (503) and the browser gives up on it: the plan
	// is then reloaded every minute instead, so the page still keeps up.
	var fallback = null;
	source.addEventListener('error', function () {
		if (source.readyState === EventSource.CLOSED && fallback === null) {
			fallback = window.setInterval(refresh, 60 * 1000);
		}
	});
}());
