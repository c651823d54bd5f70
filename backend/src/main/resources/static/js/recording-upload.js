// Upload progress for the recording form. Progressive enhancement: without this script the
// form is sent as it is and the server answers with the recording page.
(function () {
	'use strict';
	var form = document.querySelector('form[data-recording-upload]');
	if (!form || !window.XMLHttpRequest || !window.FormData) {
		return;
	}
	var box = form.querySelector('[data-upload-progress]');
	var bar = box && box.querySelector('progress');
	var percent = form.querySelector('[data-upload-percent]');
	var failed = form.querySelector('[data-upload-failed]');
	var button = form.querySelector('button[type="submit"]');
	if (!box || !bar || !percent || !failed || !button) {
		return;
	}

	function show(done) {
		bar.value = done;
		bar.textContent = done + ' %';
		percent.textContent = done + ' %';
	}

	// The server's own page, with its message in German, replaces the form's page.
	function showAnswer(xhr) {
		var page = new DOMParser().parseFromString(xhr.responseText, 'text/html');
		var message = page.querySelector('[data-upload-error]');
		if (message) {
			failed.textContent = message.textContent.trim();
		}
		failed.hidden = false;
		button.disabled = false;
	}

	form.addEventListener('submit', function (event) {
		var file = form.querySelector('input[type="file"]');
		if (!file || !file.files || file.files.length === 0) {
			return; // the server says what is missing
		}
		event.preventDefault();
		failed.hidden = true;
		box.hidden = false;
		button.disabled = true;
		show(0);
		var xhr = new XMLHttpRequest();
		xhr.open('POST', form.action);
		xhr.upload.addEventListener('progress', function (progress) {
			if (progress.lengthComputable) {
				show(Math.floor(progress.loaded * 100 / progress.total));
			}
		});
		xhr.addEventListener('load', function () {
			if (xhr.status >= 200 && xhr.status < 300) {
				show(100);
				window.location.assign(xhr.responseURL || form.action);
			}
			else {
				showAnswer(xhr);
			}
		});
		xhr.addEventListener('error', function () {
			failed.hidden = false;
			button.disabled = false;
		});
		// The CSRF token is the form's first field, before the file: the server checks it
		// before it stores anything.
		xhr.send(new FormData(form));
	});
})();
