// What every page shares (the CSP forbids inline scripts, so behaviour is attached here):
// - a form or button with data-confirm asks before it is sent (deleting, cancelling, publishing …);
// - a long select (more than 12 choices: materials, industries, parks) gets a filter box above it.
(function () {
  'use strict';
  var english = (document.documentElement.lang || '').indexOf('en') === 0;

  document.addEventListener('submit', function (e) {
    var button = e.submitter;
    var message = (button && button.dataset.confirm) || e.target.dataset.confirm;
    if (message && !window.confirm(message)) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  }, true);

  function searchable(select) {
    if (select.multiple || select.dataset.searchable === 'done' || select.options.length <= 12) { return; }
    select.dataset.searchable = 'done';
    var box = document.createElement('input');
    box.type = 'search';
    box.className = 'select-search';
    box.placeholder = english ? 'Type to filter…' : '输入名称或代码筛选…';
    box.setAttribute('aria-label', box.placeholder);
    if (select.id) { box.id = select.id + '-search'; }
    box.addEventListener('input', function () {
      var words = box.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
      var firstShown = null;
      Array.prototype.forEach.call(select.options, function (o) {
        var text = (o.textContent + ' ' + o.value).toLowerCase();
        var shown = o.value === '' || words.every(function (w) { return text.indexOf(w) >= 0; });
        o.hidden = !shown;
        if (shown && o.value !== '' && !firstShown) { firstShown = o; }
      });
      var current = select.options[select.selectedIndex];
      if (firstShown && (!current || current.hidden || current.value === '')) {
        select.value = firstShown.value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
    select.parentNode.insertBefore(box, select);
  }

  function enhance(root) {
    Array.prototype.forEach.call(root.querySelectorAll('select'), searchable);
  }
  // a refused form comes back as it was typed (PageAction keeps the fields and the address they were posted to)
  function restoreTyped() {
    var data = document.getElementById('typed-form');
    if (!data) { return; }
    var typed = JSON.parse(data.textContent);
    Array.prototype.forEach.call(document.querySelectorAll('form'), function (form) {
      if (new URL(form.action, location.href).pathname !== typed.action) { return; }
      Object.keys(typed.fields).forEach(function (name) {
        var field = form.elements[name];
        if (!field || field.type === 'hidden' || field.type === 'password' || field.type === 'file'
            || field.type === 'checkbox') { return; }
        field.value = typed.fields[name];
      });
    });
  }
  document.addEventListener('DOMContentLoaded', function () { restoreTyped(); enhance(document); });
  document.addEventListener('htmx:afterSwap', function (e) { enhance(e.target); });
}());
