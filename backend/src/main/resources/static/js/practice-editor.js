// Live preview for the Praxisbeispiel editor. Progressive enhancement: without this script
// the "Vorschau" button sends the form and the server renders the preview.
(function () {
	'use strict';
	var form = document.querySelector('form.practice-editor');
	if (!form || !window.fetch) {
		return;
	}
	var body = form.querySelector('textarea[name="body"]');
	var target = document.querySelector('[data-preview]');
	var token = form.querySelector('input[name="_csrf"]');
	if (!body || !target || !token) {
		return;
	}
	var timer = null;
	var sent = null;

	function refresh() {
		var text = body.value;
		if (text === sent) {
			return;
		}
		sent = text;
		var data = new URLSearchParams();
		data.append('body', text);
		data.append('_csrf', token.value);
		fetch(form.getAttribute('data-preview-url') || '/praxis/vorschau', {
			method: 'POST',
			credentials: 'same-origin',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: data
		}).then(function (response) {
			return response.ok ? response.text() : null;
		}).then(function (html) {
			// The server renders and sanitises; the same HTML as on the published page.
			if (html !== null && text === sent) {
				target.innerHTML = html;
			}
		}).catch(function () {
			// The preview button still works.
		});
	}

	body.addEventListener('input', function () {
		window.clearTimeout(timer);
		timer = window.setTimeout(refresh, 400);
	});
	// A preview the server already drew stays as it is, not fetched and redrawn again.
	if (target.innerHTML.trim() === '') {
		refresh();
	}
	else {
		sent = body.value;
	}
}());
