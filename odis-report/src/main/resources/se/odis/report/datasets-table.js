// The datasets table of an ODIS report, sorted and filtered in the page. Allowed by the page's
// Content-Security-Policy by its SHA-256 hash; without it the table is whole, in input order.
(function () {
  "use strict";
  var doc = document;
  var lang = doc.documentElement.lang;
  var tables = doc.querySelectorAll("table.datasets");

  function key(cell) {
    var s = cell.getAttribute("data-sort");
    if (s === null) s = cell.textContent.trim();
    var n = Number(s);
    return s !== "" && !isNaN(n) ? n : s;
  }

  function compare(a, b) {
    if (typeof a === "number" && typeof b === "number") return a - b;
    return String(a).localeCompare(String(b), lang);
  }

  Array.prototype.forEach.call(tables, function (table) {
    var heads = table.querySelectorAll("thead th");
    Array.prototype.forEach.call(heads, function (th, column) {
      // The heading itself is the control (not a button inside it: Chromium leaves a button out of
      // the heading it repeats on each printed page).
      th.tabIndex = 0;
      th.classList.add("sortable");
      th.addEventListener("click", function () { sort(th, column); });
      th.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          sort(th, column);
        }
      });
    });

    function sort(th, column) {
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      Array.prototype.forEach.call(table.tBodies, function (body) {
        var rows = Array.prototype.slice.call(body.querySelectorAll("tr[data-verdict]"));
        rows.sort(function (a, b) {
          var c = compare(key(a.cells[column]), key(b.cells[column]));
          if (c === 0) c = key(a.cells[0]) - key(b.cells[0]);
          return ascending ? c : -c;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    }
  });

  var filters = doc.getElementById("filters");
  if (!filters) return;
  var selects = filters.querySelectorAll("select");
  var shown = doc.getElementById("shown");

  function apply() {
    var want = {};
    Array.prototype.forEach.call(selects, function (s) { want[s.name] = s.value; });
    var rows = doc.querySelectorAll("table.datasets tr[data-verdict]");
    var n = 0;
    Array.prototype.forEach.call(rows, function (row) {
      var d = row.dataset;
      var ok = (!want.verdict || d.verdict === want.verdict)
          && (!want.stage || d.stage === want.stage)
          && (!want.owner || d.owner === want.owner)
          && (!want.blocker || (" " + d.blockers + " ").indexOf(" " + want.blocker + " ") >= 0);
      row.hidden = !ok;
      if (ok) n++;
    });
    Array.prototype.forEach.call(doc.querySelectorAll("table.datasets tbody"), function (body) {
      body.hidden = body.querySelector("tr[data-verdict]:not([hidden])") === null;
    });
    shown.textContent = shown.getAttribute("data-pattern").replace("{0}", n).replace("{1}", rows.length);
  }

  Array.prototype.forEach.call(selects, function (s) { s.addEventListener("change", apply); });
  filters.hidden = false;
  apply();
})();
