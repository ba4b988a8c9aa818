(function () {
  "use strict";
  var links = {};
  document.querySelectorAll(".outline a[href^='#']").forEach(function (a) {
    links[decodeURIComponent(a.getAttribute("href").slice(1))] = a;
  });
  var headings = Array.prototype.filter.call(document.querySelectorAll("main h2[id], main h3[id]"), function (h) {
    return links[h.id] !== undefined;
  });
  if (headings.length === 0) return;
  var current = null, pending = false;
  function mark() {
    pending = false;
    var reading = headings[0];
    for (var i = 0; i < headings.length; i += 1) {
      if (headings[i].getBoundingClientRect().top <= window.innerHeight * 0.25) reading = headings[i]; else break;
    }
    if (reading === current) return;
    if (current) links[current.id].removeAttribute("aria-current");
    current = reading;
    links[current.id].setAttribute("aria-current", "location");
  }
  window.addEventListener("scroll", function () {
    if (!pending) { pending = true; window.requestAnimationFrame(mark); }
  }, { passive: true });
  mark();
})();
