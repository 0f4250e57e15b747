// The report's client script, inlined in a <script> element whose hash goes into the CSP.
// It builds finding cards on demand from the JSON in #data (100 at a time), so 5,000 findings stay fast.
// Cards are made with createElement/textContent only: report text never passes through an HTML parser.
// Plain ES2017 in a string (no backticks, no template placeholders inside), checked by a syntax test.
export const SCRIPT = String.raw`
(function () {
  'use strict';
  var PAGE = 100;
  var data = JSON.parse(document.getElementById('data').textContent);
  var S = data.strings;
  var list = document.getElementById('findings-list');
  var more = document.getElementById('more');
  var status = document.getElementById('findings-status');
  var form = document.getElementById('filters');
  var ids = ['verdict', 'kind', 'source', 'event', 'status'];
  var selects = {};
  ids.forEach(function (id) { selects[id] = document.getElementById('f-' + id); });
  var filtered = [];
  var shown = 0;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function fill(t, d) {
    return t.replace(/\{(\w+)\}/g, function (m, k) { return k in d ? String(d[k]) : m; });
  }
  function token(v) { return String(v).replace(/[^a-z0-9-]/gi, '_'); }
  function value(id) { return selects[id] ? selects[id].value : ''; }

  function query() {
    return { verdict: value('verdict'), kind: value('kind'), source: value('source'), event: value('event'), status: value('status') };
  }
  function matches(f, q) {
    if (q.verdict && f.v !== q.verdict) return false;
    if (q.kind && f.ck !== q.kind) return false;
    if (q.source && f.src.indexOf(Number(q.source)) < 0) return false;
    if (q.event && f.e !== Number(q.event)) return false;
    if (q.status && f.bs !== q.status) return false;
    return true;
  }

  function badge(verdict, small) {
    return el('span', 'badge v-' + token(verdict) + (small ? ' small' : ''), S.verdicts[verdict] || verdict);
  }

  function valueCard(f, v, i) {
    var li = el('li', 'value');
    var src = data.sources[v.s];
    li.appendChild(el('h4', null, src.label));
    li.appendChild(el('p', 'display', v.d));
    var quote = el('blockquote', 'evidence');
    if (v.b) quote.appendChild(document.createTextNode(v.b));
    quote.appendChild(el('mark', null, v.h));
    if (v.a) quote.appendChild(document.createTextNode(v.a));
    li.appendChild(quote);
    if (v.at) li.appendChild(el('p', 'attr', S.attribution + ': ' + v.at));
    var where = el('p', 'small');
    if (v.go) {
      var a = el('a', null, src.id);
      a.href = '#' + v.go;
      a.setAttribute('aria-label', S.goToDocument + ': ' + src.id);
      where.appendChild(a);
    } else {
      where.appendChild(el('code', null, src.id));
    }
    if (v.g) {
      where.appendChild(document.createTextNode(' '));
      where.appendChild(el('span', 'tag', S.group + ' ' + v.g));
    }
    li.appendChild(where);
    if (v.df && i > 0) {
      var box = el('div', 'diff');
      box.appendChild(el('p', 'small', S.diff));
      var p = el('p');
      var prev = 0;
      v.df.forEach(function (part) {
        // A replacement reads "old new": a space keeps the struck and the inserted words apart.
        if (prev < 0 && part[0] > 0) p.appendChild(document.createTextNode(' '));
        p.appendChild(part[0] === 0 ? document.createTextNode(part[1]) : el(part[0] < 0 ? 'del' : 'ins', null, part[1]));
        prev = part[0];
      });
      box.appendChild(p);
      li.appendChild(box);
    }
    return li;
  }

  function card(f, n) {
    var art = el('article', 'finding v-' + token(f.v));
    var hid = 'finding-' + n + '-h';
    art.setAttribute('aria-labelledby', hid);
    art.setAttribute('data-id', f.id);
    var head = el('header', 'finding-head');
    head.appendChild(badge(f.v));
    head.appendChild(el('span', 'tag', S.kinds[f.ck] || f.ck));
    if (f.bs) head.appendChild(el('span', 'tag', S.statuses[f.bs] || f.bs));
    var h = el('h3', null, f.t);
    h.id = hid;
    head.appendChild(h);
    art.appendChild(head);
    art.appendChild(el('p', 'msg', f.m));
    var grid = el('ul', 'values');
    f.vals.forEach(function (v, i) { grid.appendChild(valueCard(f, v, i)); });
    art.appendChild(grid);
    if (f.p.length) {
      var pairs = el('div', 'pairs');
      pairs.appendChild(el('strong', null, S.pairs));
      var ul = el('ul');
      f.p.forEach(function (p) {
        var li = el('li', null, p[0] + ' \u2194 ' + p[1] + ' ');
        li.appendChild(badge(p[2], true));
        ul.appendChild(li);
      });
      pairs.appendChild(ul);
      art.appendChild(pairs);
    }
    f.cg.forEach(function (group) {
      art.appendChild(el('p', 'copy-note', S.copyGroupNote + ' ' + group.join(', ')));
    });
    art.appendChild(el('p', 'meta', S.rule + ': ' + f.r + ' \u00b7 ' + (S.kinds[f.k] || f.k) + ' \u00b7 ' + (S.levels[f.l] || f.l) + ' \u00b7 ' + f.id));
    return art;
  }

  function renderMore() {
    var end = Math.min(filtered.length, shown + PAGE);
    var frag = document.createDocumentFragment();
    for (var i = shown; i < end; i++) frag.appendChild(card(filtered[i], i));
    list.appendChild(frag);
    shown = end;
    var rest = filtered.length - shown;
    status.textContent = filtered.length ? fill(S.showing, { shown: shown, matching: filtered.length, total: data.findings.length }) : data.findings.length ? S.noFindings : S.nothingCompared;
    more.hidden = rest <= 0;
    more.textContent = fill(S.showMore, { n: Math.min(PAGE, rest) });
  }

  function apply() {
    var q = query();
    filtered = data.findings.filter(function (f) { return matches(f, q); });
    list.textContent = '';
    shown = 0;
    renderMore();
  }

  ids.forEach(function (id) { if (selects[id]) selects[id].addEventListener('change', apply); });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  more.addEventListener('click', function () {
    var first = shown;
    renderMore();
    // Keyboard users land on the first new card rather than at the bottom of the list.
    var next = list.children[first];
    if (next) { next.setAttribute('tabindex', '-1'); next.focus(); }
  });

  Array.prototype.forEach.call(document.querySelectorAll('button.show-event'), function (b) {
    b.addEventListener('click', function () {
      form.reset();
      selects.event.value = b.getAttribute('data-event');
      apply();
      var heading = document.getElementById('findings-h');
      heading.setAttribute('tabindex', '-1');
      heading.scrollIntoView();
      heading.focus();
    });
  });

  var noise = document.getElementById('show-noise');
  if (noise) {
    noise.addEventListener('change', function () {
      document.getElementById('documents').classList.toggle('hide-noise', !noise.checked);
    });
  }

  // A link into a closed <details> (a document, a claim) opens it first.
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    for (var n = target; n; n = n.parentElement) if (n.tagName === 'DETAILS') n.open = true;
    if (target) target.scrollIntoView();
  }
  window.addEventListener('hashchange', openTarget);

  // Printing shows every matching finding and opens every <details>; both are restored afterwards.
  var closed = [];
  window.addEventListener('beforeprint', function () {
    while (shown < filtered.length) renderMore();
    closed = Array.prototype.filter.call(document.querySelectorAll('details'), function (d) { return !d.open; });
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () { closed.forEach(function (d) { d.open = false; }); closed = []; });

  apply();
  if (location.hash) openTarget();
  document.documentElement.setAttribute('data-ready', '1');
})();
`;
