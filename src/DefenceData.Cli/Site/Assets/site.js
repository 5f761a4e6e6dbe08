// DefenceData site: the search box. No network: the index is a script (search-index.js) so that
// the site works from file:// as well as from a static host.
(function () {
  "use strict";
  var input = document.getElementById("search");
  var results = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var index = window.DefenceDataSearchIndex || [];
  var root = document.body.getAttribute("data-root") || "";
  if (!input || !results) { return; }

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  var entries = index.map(function (e) { return { entry: e, text: fold(e.title + " " + e.id) }; });

  function show(query) {
    results.textContent = "";
    var words = fold(query).split(/\s+/).filter(Boolean);
    if (words.length === 0) { results.hidden = true; status.textContent = ""; return; }
    var found = entries.filter(function (e) {
      return words.every(function (w) { return e.text.indexOf(w) >= 0; });
    }).slice(0, 25);
    found.forEach(function (f) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + f.entry.page;
      a.textContent = f.entry.title + " ";
      var span = document.createElement("span");
      span.className = "collection";
      span.textContent = f.entry.collection + " · " + f.entry.id;
      a.appendChild(span);
      li.appendChild(a);
      results.appendChild(li);
    });
    results.hidden = found.length === 0;
    status.textContent = found.length === 0 ? "No match." : found.length + " matches.";
  }

  input.addEventListener("input", function () { show(input.value); });
  input.form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = results.querySelector("a");
    if (first) { window.location.href = first.href; }
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") {
      var first = results.querySelector("a");
      if (first) { event.preventDefault(); first.focus(); }
    } else if (event.key === "Escape") {
      input.value = ""; show("");
    }
  });
  results.addEventListener("keydown", function (event) {
    var links = Array.prototype.slice.call(results.querySelectorAll("a"));
    var at = links.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && at < links.length - 1) { event.preventDefault(); links[at + 1].focus(); }
    if (event.key === "ArrowUp") { event.preventDefault(); (at > 0 ? links[at - 1] : input).focus(); }
    if (event.key === "Escape") { input.focus(); input.value = ""; show(""); }
  });
})();
