/* uniongraph SPARQL editor: the example queries, a query run against this server's /sparql,
 * its answer as a table, and the same answer downloaded as CSV or JSON.
 * Safety: every value of an answer reaches the document through textContent only; a link to
 * the explorer is built from the value with encodeURIComponent. */
(function () {
  "use strict";
  var CONFIG = JSON.parse(document.getElementById("ug-config").textContent);
  var DATA_NS = "https://w3id.org/uniongraph/id/";
  var SHOWN = 2000;  // rows drawn in the table; the downloads hold the whole answer
  var PREFIXES = [["ug:", "https://w3id.org/uniongraph/ontology#"], ["ugd:", DATA_NS],
                  ["rdf:", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"], ["rdfs:", "http://www.w3.org/2000/01/rdf-schema#"],
                  ["xsd:", "http://www.w3.org/2001/XMLSchema#"], ["skos:", "http://www.w3.org/2004/02/skos/core#"],
                  ["prov:", "http://www.w3.org/ns/prov#"]];

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var d = document.createElement(tag);
    if (cls) d.className = cls;
    if (text !== undefined && text !== null) d.textContent = String(text);
    return d;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function showError(message) {
    var box = $("ex-error");
    box.textContent = message;
    box.hidden = false;
    clearTimeout(showError.timer);
    showError.timer = setTimeout(function () { box.hidden = true; }, 8000);
  }
  function short(iri) {
    for (var i = 0; i < PREFIXES.length; i++) {
      if (iri.indexOf(PREFIXES[i][1]) === 0) {
        var rest = iri.slice(PREFIXES[i][1].length);
        try { rest = decodeURIComponent(rest); } catch (e) { /* keep it encoded */ }
        return PREFIXES[i][0] + rest;
      }
    }
    return iri;
  }

  var page = window.queryPage = {running: 0, sent: 0, lastAnswer: null, downloads: []};

  var select = $("q-examples");
  CONFIG.examples.forEach(function (ex) {
    var o = el("option", null, ex.name + " — " + ex.title);
    o.value = ex.name;
    select.appendChild(o);
  });
  function choose(name) {
    var ex = CONFIG.examples.filter(function (e) { return e.name === name; })[0];
    if (!ex) return;
    select.value = name;
    $("q-text").value = ex.query;
    $("q-about").textContent = ex.about;
  }
  select.addEventListener("change", function () { choose(select.value); });

  function ask(format) {
    page.sent++;
    var body = new URLSearchParams();
    body.set("query", $("q-text").value);
    body.set("format", format);
    return fetch("/sparql", {method: "POST", body: body,
                            headers: {"Content-Type": "application/x-www-form-urlencoded"}});
  }
  function cell(term) {
    var td = el("td");
    if (!term) return td;
    if (term.type === "uri") {
      if (term.value.indexOf(DATA_NS) === 0 && term.value.indexOf(DATA_NS + "article/") !== 0 &&
          term.value.indexOf(DATA_NS + "statement/") !== 0 && term.value.indexOf(DATA_NS + "evidence/") !== 0) {
        var a = el("a", null, short(term.value));
        a.href = "/#entity=" + encodeURIComponent(term.value.slice(DATA_NS.length));
        td.appendChild(a);
      } else {
        td.textContent = short(term.value);
      }
      td.title = term.value;
    } else if (term.type === "bnode") {
      td.textContent = "_:" + term.value;
    } else {
      td.textContent = term.value;
      if (term["xml:lang"]) td.title = "@" + term["xml:lang"];
      else if (term.datatype) td.title = short(term.datatype);
    }
    return td;
  }
  function showTable(answer, truncated) {
    var out = $("q-results");
    clear(out);
    if (answer.boolean !== undefined) {
      out.appendChild(el("p", null, "ASK: " + answer.boolean));
      return 1;
    }
    var vars = answer.head.vars, rows = answer.results.bindings;
    var table = el("table");
    table.id = "q-table";
    var tr = el("tr");
    vars.forEach(function (v) { tr.appendChild(el("th", null, "?" + v)); });
    var thead = el("thead"); thead.appendChild(tr); table.appendChild(thead);
    var tbody = el("tbody");
    rows.slice(0, SHOWN).forEach(function (b) {
      var row = el("tr");
      vars.forEach(function (v) { row.appendChild(cell(b[v])); });
      tbody.appendChild(row);
    });
    table.appendChild(tbody);
    out.appendChild(table);
    if (rows.length > SHOWN) out.appendChild(el("p", "ex-muted", (rows.length - SHOWN) + " 行未显示 more rows: download them as CSV or JSON"));
    if (truncated) out.appendChild(el("p", "ex-muted", "答案被截断 the answer was cut at the server's --max-rows"));
    return rows.length;
  }
  function run() {
    var started = performance.now();
    page.running++;
    $("q-status").textContent = "运行中 running …";
    return ask("json").then(function (r) {
      var ctype = r.headers.get("content-type") || "";
      var cut = r.headers.get("x-result-truncated") === "true";
      return r.text().then(function (text) {
        if (!r.ok) throw new Error(r.status + ": " + text.trim());
        var ms = Math.round(performance.now() - started);
        if (ctype.indexOf("application/n-triples") === 0) {
          clear($("q-results"));
          $("q-results").appendChild(el("pre", null, text));
          $("q-status").textContent = text.split("\n").filter(Boolean).length + " 条三元组 triples · " + ms + " ms";
          page.lastAnswer = {triples: text};
          return;
        }
        var answer = JSON.parse(text);
        var n = showTable(answer, cut);
        page.lastAnswer = answer;
        $("q-status").textContent = (answer.boolean !== undefined ? "ASK" : n + " 行 rows") + " · " + ms + " ms" + (cut ? " · 截断 cut" : "");
      });
    }).catch(function (e) {
      $("q-status").textContent = "失败 failed";
      clear($("q-results"));
      $("q-results").appendChild(el("pre", null, String(e.message || e)));
      showError(String(e.message || e));
    }).finally(function () { page.running--; });
  }
  function download(format) {
    page.running++;
    return ask(format).then(function (r) {
      if (!r.ok) return r.text().then(function (t) { throw new Error(r.status + ": " + t.trim()); });
      return r.blob().then(function (blob) {
        var a = el("a");
        a.href = URL.createObjectURL(blob);
        a.download = "query-results." + (format === "csv" ? "csv" : "json");
        document.body.appendChild(a);
        a.click();
        page.downloads.push(a.download);
        setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 60000);
      });
    }).catch(function (e) { showError(String(e.message || e)); }).finally(function () { page.running--; });
  }
  $("q-run").addEventListener("click", run);
  $("q-csv").addEventListener("click", function () { download("csv"); });
  $("q-json").addEventListener("click", function () { download("json"); });
  $("q-text").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); run(); }
  });
  var wanted = location.hash.match(/^#example=([\w-]+)$/);
  if (wanted) choose(wanted[1]);
  page.run = run; page.choose = choose; page.readyAt = performance.now();
})();
