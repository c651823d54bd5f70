// The small Markdown toolbar above a text field (fragments/_forms :: markdownWithPreview).
// Without JavaScript the toolbar stays hidden and the help below the field explains the
// same marks; what is stored is always the Markdown text itself.
(function () {
  'use strict';
  var marks = {
    heading: function (text) { return { before: '\n## ', text: text || '', after: '\n' }; },
    list: function (text) {
      var lines = (text || '').split('\n');
      return { before: '\n', text: lines.map(function (line) { return '- ' + line; }).join('\n'), after: '\n' };
    },
    bold: function (text) { return { before: '**', text: text || '', after: '**' }; },
    link: function (text) { return { before: '[', text: text || '', after: '](https://)' }; }
  };
  function apply(field, kind) {
    var start = field.selectionStart;
    var end = field.selectionEnd;
    var mark = marks[kind](field.value.substring(start, end));
    var insert = mark.before + mark.text + mark.after;
    field.setRangeText(insert, start, end, 'end');
    var textStart = start + mark.before.length;
    field.focus();
    field.setSelectionRange(textStart, textStart + mark.text.length);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
  document.querySelectorAll('[data-markdown-toolbar]').forEach(function (toolbar) {
    var field = document.getElementById(toolbar.getAttribute('data-for'));
    if (!field || typeof field.setRangeText !== 'function' || toolbar.hasAttribute('data-ready')) {
      return;
    }
    toolbar.setAttribute('data-ready', '');
    toolbar.hidden = false;
    toolbar.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-markdown]');
      if (button) {
        apply(field, button.getAttribute('data-markdown'));
      }
    });
  });
}());
