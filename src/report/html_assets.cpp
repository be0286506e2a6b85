#include "report/html_assets.h"

namespace factdiff {

std::string_view html_stylesheet() {
  return R"css(
:root { --agree: #d7f0d9; --agree-edge: #2e7d32; --conflict: #ffd3d3; --conflict-edge: #c62828;
  --wording: #ffe4bf; --wording-edge: #c56a00; --variant: #dde7ff; --variant-edge: #3454b4;
  --single: #ececec; --single-edge: #777; --none: #fff2a8; --none-edge: #9a8400;
  --ink: #1d1d1f; --muted: #5f6368; --rule: #d0d4da; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  color: var(--ink); background: #f7f8fa; }
header { padding: 0.8rem 1.2rem 0.6rem; background: #fff; border-bottom: 1px solid var(--rule); }
h1 { font-size: 1.25rem; margin: 0 0 0.4rem; }
h2 { font-size: 1rem; margin: 0 0 0.4rem; }
table { border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: 0.2rem 0.6rem; border-bottom: 1px solid var(--rule); }
th { font-weight: 600; background: #f1f3f5; }
.sources td:first-child, .facts td.doc-id { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.85em; }
.summary { margin: 0.5rem 0 0; font-weight: 600; }
.legend { margin: 0.3rem 0 0; color: var(--muted); font-size: 0.85rem; }
.legend mark { margin-right: 0.4rem; }
.workspace { display: grid; grid-template-columns: minmax(16rem, 24rem) minmax(0, 1fr); gap: 0.8rem;
  padding: 0.8rem 1.2rem; height: 78vh; }
.findings { overflow-y: auto; background: #fff; border: 1px solid var(--rule); border-radius: 6px; padding: 0.6rem; }
.filters { display: flex; gap: 0.6rem; flex-wrap: wrap; align-items: center; margin-bottom: 0.5rem; font-size: 0.9rem; }
.filters select { font: inherit; }
.findings ol { list-style: none; margin: 0; padding: 0; }
.finding { border-left: 4px solid var(--single-edge); padding: 0.35rem 0.5rem; margin: 0 0 0.5rem;
  background: #fafbfc; border-radius: 3px; }
.finding.sev-high { border-left-color: var(--conflict-edge); }
.finding.sev-medium { border-left-color: var(--wording-edge); }
.finding.sev-low { border-left-color: var(--variant-edge); }
.finding.selected { background: #fff8d6; }
.finding-link { font-weight: 600; color: inherit; text-decoration: none; }
.finding-link:hover, .finding-link:focus { text-decoration: underline; }
.badge { display: inline-block; font-size: 0.75rem; padding: 0 0.35rem; border-radius: 3px; background: #e8eaed;
  margin-right: 0.3rem; text-transform: uppercase; letter-spacing: 0.02em; }
.badge.high { background: var(--conflict-edge); color: #fff; }
.badge.medium { background: var(--wording-edge); color: #fff; }
.badge.low { background: var(--variant-edge); color: #fff; }
.message { margin: 0.2rem 0; }
.sides { margin: 0.2rem 0 0; padding-left: 1rem; font-size: 0.88rem; }
.sides a { color: var(--muted); font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.8rem;
  white-space: nowrap; }
.diff, .missing, .timeline { margin: 0.2rem 0 0; font-size: 0.88rem; color: var(--muted); }
.documents { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(16rem, 1fr); gap: 0.8rem;
  overflow-x: auto; min-height: 0; }
.doc { display: flex; flex-direction: column; min-height: 0; background: #fff; border: 1px solid var(--rule);
  border-radius: 6px; }
.doc-head { padding: 0.5rem 0.7rem; border-bottom: 1px solid var(--rule); }
.doc-head .meta { color: var(--muted); font-size: 0.85rem; }
.doc-text { position: relative; overflow-y: auto; padding: 0.6rem 0.7rem; white-space: pre-wrap;
  overflow-wrap: anywhere; font-family: Georgia, "DejaVu Serif", serif; font-size: 0.95rem; flex: 1; }
.boilerplate { color: #9aa0a6; }
mark.claim { color: inherit; border-bottom: 2px solid; padding: 0 1px; border-radius: 2px; cursor: pointer; }
.st-agree { background: var(--agree); border-color: var(--agree-edge); }
.st-conflict { background: var(--conflict); border-color: var(--conflict-edge); }
.st-wording { background: var(--wording); border-color: var(--wording-edge); }
.st-variant { background: var(--variant); border-color: var(--variant-edge); }
.st-single { background: var(--single); border-color: var(--single-edge); }
.st-none { background: var(--none); border-color: var(--none-edge); }
mark.claim.nested { box-shadow: inset 0 -0.35em 0 rgba(0, 0, 0, 0.08); }
mark.claim.marked { outline: 3px solid #111; outline-offset: 1px; }
.facts { padding: 0 1.2rem 1.5rem; }
.facts table { background: #fff; font-size: 0.9rem; }
.facts td.missing-cell { color: var(--conflict-edge); font-style: italic; }
.facts a { color: inherit; }
.empty { color: var(--muted); font-style: italic; }
[hidden] { display: none !important; }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  .filters, .legend { display: none; }
  .workspace { display: block; height: auto; padding: 0; }
  .findings { border: none; overflow: visible; }
  .documents { display: block; overflow: visible; }
  .doc { display: block; border: none; border-top: 1px solid #999; border-radius: 0; break-before: page; }
  .doc-text { overflow: visible; }
  .finding { break-inside: avoid; }
  mark.claim { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
)css";
}

std::string_view html_script() {
  return R"js(
(function () {
  'use strict';
  function claimsOf(element) {
    return (element.getAttribute('data-claims') || '').split(' ').filter(function (id) { return id; });
  }
  // Every highlighted piece of text by claim id, built once: a finding marks its claims by lookup.
  var pieces = {};
  document.querySelectorAll('.doc-text mark.claim').forEach(function (el) {
    claimsOf(el).forEach(function (id) { (pieces[id] = pieces[id] || []).push(el); });
  });
  function clearMarks() {
    document.querySelectorAll('.marked').forEach(function (el) { el.classList.remove('marked'); });
    document.querySelectorAll('.finding.selected').forEach(function (el) { el.classList.remove('selected'); });
  }
  function scrollToMention(element) {
    var container = element.closest('.doc-text');
    if (!container) return;
    container.scrollTop = Math.max(0, element.offsetTop - container.clientHeight / 3);
  }
  // Outlines the elements and scrolls each document to the first of them it holds.
  function mark(elements) {
    var scrolled = {};
    elements.forEach(function (el) {
      el.classList.add('marked');
      var doc = el.closest('.doc');
      var key = doc ? doc.id : '';
      if (!scrolled[key]) { scrolled[key] = true; scrollToMention(el); }
    });
  }
  function markClaims(ids) {
    var elements = [];
    ids.forEach(function (id) { elements = elements.concat(pieces[id] || []); });
    mark(elements);
  }
  function markFact(fact) {
    mark(Array.prototype.slice.call(
        document.querySelectorAll('.doc-text mark.claim[data-fact="' + fact + '"]')));
  }
  function selectFinding(finding) {
    clearMarks();
    finding.classList.add('selected');
    markClaims(claimsOf(finding));
  }
  document.querySelectorAll('.finding').forEach(function (finding) {
    finding.querySelectorAll('a[data-claims]').forEach(function (link) {
      link.addEventListener('click', function (event) {
        event.preventDefault();
        if (link.classList.contains('finding-link')) {
          selectFinding(finding);
          try { history.replaceState(null, '', link.getAttribute('href')); } catch (e) { /* file: URLs */ }
        } else {
          clearMarks();
          finding.classList.add('selected');
          markClaims(claimsOf(link));
        }
      });
    });
  });
  document.querySelectorAll('.doc-text mark.claim, .facts a[data-fact]').forEach(function (el) {
    el.addEventListener('click', function (event) {
      event.preventDefault();
      clearMarks();
      var fact = el.getAttribute('data-fact');
      if (fact) { markFact(fact); } else { markClaims(claimsOf(el)); }
    });
  });
  var typeFilter = document.getElementById('filter-type');
  var severityFilter = document.getElementById('filter-severity');
  var shown = document.getElementById('filter-count');
  function applyFilters() {
    var type = typeFilter ? typeFilter.value : '';
    var severity = severityFilter ? severityFilter.value : '';
    var count = 0;
    document.querySelectorAll('.finding').forEach(function (finding) {
      var visible = (!type || finding.getAttribute('data-type') === type) &&
                    (!severity || finding.getAttribute('data-severity') === severity);
      finding.hidden = !visible;
      if (visible) count += 1;
    });
    if (shown) shown.textContent = count + ' shown';
  }
  if (typeFilter) typeFilter.addEventListener('change', applyFilters);
  if (severityFilter) severityFilter.addEventListener('change', applyFilters);
  applyFilters();
  // A deep link #finding-N names no element (the item is item-finding-N), so the browser does not
  // jump the page; the finding is selected and scrolled into view inside its own panel instead.
  var wanted = decodeURIComponent(location.hash.replace(/^#/, ''));
  if (wanted.indexOf('finding-') === 0) {
    var target = document.getElementById('item-' + wanted);
    if (target) {
      selectFinding(target);
      var panel = target.closest('.findings');
      if (panel) panel.scrollTop = Math.max(0, target.offsetTop - panel.offsetTop - 8);
    }
  }
  document.documentElement.setAttribute('data-ready', 'yes');
})();
)js";
}

}  // namespace factdiff
