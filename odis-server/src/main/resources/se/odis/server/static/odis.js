// The page works without this script: every form posts and the page reloads. With it, a form is
// posted in the background and the page's main part is replaced by the answer, without a reload;
// the focus stays on the control that was used (or moves to the message if there was an error).
(function () {
  "use strict";
  function bind(root) {
    root.querySelectorAll("form[data-odis-form]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var focusId = document.activeElement && document.activeElement.id;
        var action = form.getAttribute("action");
        // The stages the coordinator opened stay open after the main part is replaced.
        var open = Array.prototype.map.call(document.querySelectorAll("details[id][open]"), function (d) { return d.id; });
        var button = form.querySelector("button[type=submit]");
        if (button) button.disabled = true;
        fetch(form.action, {
          method: "POST",
          credentials: "same-origin",
          headers: { "X-Requested-With": "fetch", "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams(new FormData(form)).toString()
        }).then(function (res) {
          return res.text().then(function (html) { return { res: res, html: html }; });
        }).then(function (r) {
          var doc = new DOMParser().parseFromString(r.html, "text/html");
          var fresh = doc.getElementById("main");
          if (!fresh) { window.location.reload(); return; }
          var main = document.getElementById("main");
          main.innerHTML = fresh.innerHTML;
          open.forEach(function (id) { var d = document.getElementById(id); if (d) d.open = true; });
          bind(main);
          var alert = main.querySelector("[role=alert]");
          var again = focusId && document.getElementById(focusId);
          var same = Array.prototype.find.call(main.querySelectorAll("form[data-odis-form]"),
              function (f) { return f.getAttribute("action") === action; });
          var saveButton = same && same.querySelector("button[type=submit]");
          if (alert) { alert.setAttribute("tabindex", "-1"); alert.focus(); }
          else if (again) { again.focus(); }
          else if (saveButton) { saveButton.focus(); }
        }).catch(function () {
          form.submit();
        });
      });
    });
  }
  document.addEventListener("DOMContentLoaded", function () { bind(document); });
})();
