// Moves the focus to what the page has to tell after an action or a failed form: the
// confirmation (data-feedback) or the error summary. Screen readers read it, the eyes
// find it, and Tab continues from there. Without JavaScript the #meldung anchor of the
// redirect scrolls to the same element.
(function () {
  'use strict';
  // Fonts and images that arrive after the first layout change the height of what stands
  // above the message and push it out of the window: bring it back once they are in.
  function keepInView(target) {
    var box = target.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) {
      centre(target);
    }
  }
  // At once: the design system's smooth scrolling would race the browser's own jump to
  // the #meldung anchor and could end with the message half out of the window.
  function centre(target) {
    target.scrollIntoView({ block: 'center', behavior: 'instant' });
  }
  function focusFeedback() {
    var target = document.querySelector('[data-feedback]');
    if (!target) {
      return;
    }
    target.focus({ preventScroll: true });
    centre(target);
    window.addEventListener('load', function () {
      centre(target);
    });
    if (document.fonts && document.fonts.ready) {
      document.fonts.ready.then(function () {
        keepInView(target);
      });
    }
    // Anything else that changes the page's height in the first seconds (a late image).
    if (window.ResizeObserver) {
      var watch = new ResizeObserver(function () {
        keepInView(target);
      });
      watch.observe(document.body);
      window.setTimeout(function () {
        watch.disconnect();
      }, 3000);
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', focusFeedback);
  } else {
    focusFeedback();
  }
})();
