// Moves the focus to what the page has to tell after an action or a failed form: the
// confirmation (data-feedback) or the error summary. Screen readers read it, the eyes
// find it, and Tab continues from there. Without JavaScript the #meldung anchor of the
// redirect scrolls to the same element.
(function () {
  'use strict';
  function focusFeedback() {
    var target = document.querySelector('[data-feedback]');
    if (!target) {
      return;
    }
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'center' });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', focusFeedback);
  } else {
    focusFeedback();
  }
})();
