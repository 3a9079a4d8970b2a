// Kring preview: reloads the page after a rebuild, swaps stylesheets after a CSS-only change, and
// shows the build's problems over the page. Served by `kring serve` only, never part of a built site.
// Problems are added as text nodes (textContent), never as HTML. All words come from the server, in the
// editor's language (messages_nl/messages_en): this script has none of its own.
(function () {
  'use strict';
  var me = document.currentScript;
  var file = me.getAttribute('data-kring-file') || '';
  var build = Number(me.getAttribute('data-kring-build') || '0');
  var OVERLAY_ID = 'kring-overlay';

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function ensureStyles() {
    if (document.querySelector('link[data-kring-style]')) { return; }
    var link = el('link');
    link.rel = 'stylesheet';
    link.href = '/_kring/preview.css';
    link.setAttribute('data-kring-style', '');
    document.head.appendChild(link);
  }

  function clearOverlay() {
    var old = document.getElementById(OVERLAY_ID);
    if (old) { old.remove(); }
  }

  function showOverlay(report) {
    ensureStyles();
    clearOverlay();
    var overlay = el('section', 'kring-overlay');
    overlay.id = OVERLAY_ID;
    overlay.setAttribute('role', 'alert');
    overlay.setAttribute('aria-labelledby', 'kring-overlay-title');
    overlay.setAttribute('lang', report.lang);  // the language of the editor, which may differ from the site
    var box = el('div', 'kring-overlay-box');
    var title = el('h2', 'kring-overlay-title', report.title);
    title.id = 'kring-overlay-title';
    box.appendChild(title);
    box.appendChild(el('p', null, report.intro));
    var errors = report.problems.filter(function (p) { return p.severity === 'error'; });
    var warnings = report.problems.filter(function (p) { return p.severity !== 'error'; });
    box.appendChild(problemList(errors));
    if (warnings.length > 0) {
      // warnings do not stop the build: folded away, so the errors stand out
      var more = el('details', 'kring-warnings');
      more.appendChild(el('summary', null, report.warnings));
      more.appendChild(problemList(warnings));
      box.appendChild(more);
    }
    var close = el('button', 'kring-close', report.close);
    close.type = 'button';
    close.addEventListener('click', clearOverlay);
    box.appendChild(close);
    overlay.appendChild(box);
    document.body.appendChild(overlay);
  }

  // The problems of drafts after a good build: a panel in a corner that blocks nothing, folded away
  // until opened, because a draft is not on the built site and its problems stop nothing.
  var DRAFTS_ID = 'kring-drafts';

  function clearDrafts() {
    var old = document.getElementById(DRAFTS_ID);
    if (old) { old.remove(); }
  }

  function showDrafts(report) {
    ensureStyles();
    clearDrafts();
    var panel = el('aside', 'kring-drafts');
    panel.id = DRAFTS_ID;
    panel.setAttribute('aria-label', report.title);
    var more = el('details');
    more.appendChild(el('summary', null, report.title));
    more.appendChild(el('p', null, report.text));
    more.appendChild(problemList(report.problems));
    panel.appendChild(more);
    document.body.appendChild(panel);
  }

  function problemList(problems) {
    var list = el('ol', 'kring-problems');
    problems.forEach(function (problem) {
      var item = el('li', 'kring-' + problem.severity);
      item.appendChild(el('p', 'kring-where', problem.headline));
      if (problem.source) { item.appendChild(el('pre', null, problem.source)); }
      list.appendChild(item);
    });
    return list;
  }

  function swapStyles(swaps) {
    swaps.forEach(function (swap) {
      document.querySelectorAll('link[rel="stylesheet"]').forEach(function (link) {
        if (new URL(link.href).pathname !== swap.from) { return; }
        var fresh = link.cloneNode();
        fresh.href = swap.to;
        fresh.addEventListener('load', function () { link.remove(); });
        link.after(fresh);
      });
    });
  }

  var events = new EventSource('/_kring/events');
  events.addEventListener('hello', function (e) {
    var now = JSON.parse(e.data);
    if (now.build > build) { location.reload(); }  // rebuilt while this page was not listening
  });
  events.addEventListener('built', function (e) {
    var change = JSON.parse(e.data);
    clearOverlay();
    clearDrafts();  // a "drafts" event follows when drafts still have problems
    if (change.build <= build) { return; }
    if (file === '' || change.all || change.structural || change.changed.indexOf(file) >= 0) {
      location.reload();
      return;
    }
    swapStyles(change.styles);  // a page that changed only in its stylesheet's name keeps its place
    build = change.build;
  });
  events.addEventListener('drafts', function (e) {
    showDrafts(JSON.parse(e.data));
  });
  events.addEventListener('failed', function (e) {
    showOverlay(JSON.parse(e.data));
  });
}());
