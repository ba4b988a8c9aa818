(function () {
  "use strict";
  var index = window.lessonrunSearch || [];
  var form = document.getElementById("search-page-form");
  var results = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!form || !results || !status) return;
  var input = form.elements.q;
  form.hidden = false;

  function words(query) {
    return query.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
  }
  function count(text, word) {
    var n = 0, at = text.indexOf(word);
    while (at >= 0) { n += 1; at = text.indexOf(word, at + word.length); }
    return n;
  }
  function snippet(text, ws) {
    var lower = text.toLowerCase(), first = lower.indexOf(ws[0]);
    var start = Math.max(0, first - 80), end = Math.min(text.length, start + 240);
    var piece = (start > 0 ? "…" : "") + text.slice(start, end) + (end < text.length ? "…" : "");
    var p = document.createElement("p"), lowerPiece = piece.toLowerCase(), at = 0;
    while (at < piece.length) {
      var next = -1, word = "";
      ws.forEach(function (w) {
        var i = lowerPiece.indexOf(w, at);
        if (i >= 0 && (next < 0 || i < next)) { next = i; word = w; }
      });
      if (next < 0) { p.appendChild(document.createTextNode(piece.slice(at))); break; }
      p.appendChild(document.createTextNode(piece.slice(at, next)));
      var mark = document.createElement("mark");
      mark.textContent = piece.slice(next, next + word.length);
      p.appendChild(mark);
      at = next + word.length;
    }
    return p;
  }
  function run(query) {
    var ws = words(query);
    results.textContent = "";
    if (ws.length === 0) { status.textContent = "Type a word or two to search every lesson."; return; }
    var hits = [];
    index.forEach(function (section, order) {
      var title = section.title.toLowerCase(), text = section.text.toLowerCase(), score = 0;
      for (var i = 0; i < ws.length; i += 1) {
        var inTitle = count(title, ws[i]), inText = count(text, ws[i]);
        if (inTitle + inText === 0) return;
        score += 10 * inTitle + Math.min(inText, 20);
      }
      hits.push({ section: section, score: score, order: order });
    });
    hits.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    hits.slice(0, 50).forEach(function (hit) {
      var s = hit.section, li = document.createElement("li"), a = document.createElement("a");
      a.href = s.page + (s.anchor ? "#" + s.anchor : "");
      a.textContent = s.title;
      var where = document.createElement("small");
      where.textContent = s.lesson;
      li.appendChild(a);
      li.appendChild(where);
      li.appendChild(snippet(s.text || s.title, ws));
      results.appendChild(li);
    });
    status.textContent = hits.length === 0 ? "No section contains every word of “" + query + "”."
      : hits.length + (hits.length === 1 ? " section matches" : " sections match") + (hits.length > 50 ? "; the first 50:" : ":");
  }

  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  document.querySelectorAll(".search-form input[name=q]").forEach(function (field) { field.value = query; });
  run(query);
  input.addEventListener("input", function () { run(input.value); });
  form.addEventListener("submit", function (event) { event.preventDefault(); run(input.value); });
})();
