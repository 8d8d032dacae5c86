/* uniongraph graph view: draws the JSON in #ug-data with vis-network and the options pyvis
 * rendered into #ug-options; search, filters, neighbourhood highlight, tooltips and a side
 * panel of facts.
 * Safety: every string from the data reaches the document through textContent or
 * createTextNode only (never innerHTML); vis-network draws labels on a canvas. */
(function () {
  "use strict";
  // performance marks: where the time to first draw goes (read by benchmarks/html.py)
  performance.mark("ug-start");
  var DATA = JSON.parse(document.getElementById("ug-data").textContent);
  // vis-network options as pyvis wrote them (physics, layout, fonts, edges, interaction)
  var OPTIONS = JSON.parse(document.getElementById("ug-options").textContent);
  performance.mark("ug-parsed");
  var BIG = !OPTIONS.physics.enabled;
  // Dimming every other node costs one update per node; above this, only the neighbourhood is marked.
  var DIM_LIMIT = 3000;
  var MAX_RESULTS = 12;
  var MAX_FACTS = 200;

  var TYPES = {}, RELS = {}, INFO = {}, EDGE = {};
  DATA.types.forEach(function (t) { TYPES[t.key] = t; });
  DATA.relations.forEach(function (r) { RELS[r.key] = r; });
  DATA.nodes.forEach(function (n) { INFO[n.id] = n; });
  DATA.edges.forEach(function (e) { EDGE[e.id] = e; });

  /* ---------- small DOM helpers (text only) ---------- */
  function el(tag, cls, text) {
    var d = document.createElement(tag);
    if (cls) d.className = cls;
    if (text !== undefined && text !== null) d.textContent = String(text);
    return d;
  }
  function typeName(t) { var s = TYPES[t]; return s ? s.zh + " " + s.en : t; }
  function relName(r) { var s = RELS[r]; return s ? s.zh + " " + s.en : r; }
  function articleTitle(i) { return i >= 0 && i < DATA.articles.length ? DATA.articles[i] : ""; }
  function sentenceEl(ref) {
    var ev = DATA.sentences[ref];
    var p = el("div", "ug-sent", "“" + ev[0] + "”");
    var t = articleTitle(ev[1]);
    if (t) { p.appendChild(document.createTextNode(" ")); p.appendChild(el("span", "ug-src", "——《" + t + "》")); }
    return p;
  }

  /* ---------- vis data ---------- */
  // Big graphs start without labels: vis-network measures every label before the first frame
  // (seconds for 20,000), and at the zoom that shows the whole graph they are too small to draw.
  // Labels are added for what is on screen once the view is zoomed in (labelOnScreen below).
  function nodeFont(n) {
    var s = TYPES[n.type];
    if (s && s.shape === "box") return {size: n.font, color: "#ffffff", strokeWidth: 0};
    return n.font !== 14 ? {size: n.font} : undefined;
  }
  function visNode(n) {
    var s = TYPES[n.type] || {color: "#7f7f7f", shape: "dot"};
    var v = {id: n.id, shape: s.shape, size: n.size, color: s.color};
    if (!BIG) {  // fonts cost per node too: they come with the label
      v.label = n.label;
      var f = nodeFont(n);
      if (f) v.font = f;
    }
    if (n.x !== undefined) { v.x = n.x; v.y = n.y; }
    if (BIG) v.physics = false;
    return v;
  }
  function visEdge(e) {
    var r = RELS[e.rel];
    var v = {id: e.id, from: e.from, to: e.to, dashes: e.inferred};
    if (!BIG) v.label = r ? r.zh : e.rel;
    if (e.inferred) v.color = {color: "#9a9a9a"};
    return v;
  }
  var ORIG_NODES = DATA.nodes.map(visNode);
  var ORIG_EDGES = DATA.edges.map(visEdge);
  var nodes = new vis.DataSet(ORIG_NODES);
  var edges = new vis.DataSet(ORIG_EDGES);
  var typeOn = {}, relOn = {};
  DATA.types.forEach(function (t) { typeOn[t.key] = true; });
  DATA.relations.forEach(function (r) { relOn[r.key] = true; });
  var nodeView = new vis.DataView(nodes, {filter: function (n) { return typeOn[INFO[n.id].type] !== false; }});
  var edgeView = new vis.DataView(edges, {filter: function (e) { return relOn[EDGE[e.id].rel] !== false; }});

  performance.mark("ug-datasets");
  var container = document.getElementById("mynetwork");
  var network = new vis.Network(container, {nodes: nodeView, edges: edgeView}, OPTIONS);
  performance.mark("ug-network");
  var api = {network: network, nodes: nodes, edges: edges, data: DATA, drawnAt: null, current: null};
  window.uniongraph = api;

  network.once("afterDrawing", function () {
    performance.mark("ug-drawn");
    api.drawnAt = performance.now();
    document.documentElement.setAttribute("data-drawn", "1");
    if (!BIG) network.setOptions({physics: {enabled: false}});  // settled: stop moving things
  });

  /* ---------- labels of big graphs, added for what is on screen ---------- */
  var LABEL_SCALE = 0.3;  // below this zoom no label reaches vis-network's draw threshold
  var nodeLabelled = {}, edgeLabelled = {}, labelTimer = null;
  function labelOnScreen() {
    labelTimer = null;
    if (!BIG || network.getScale() < LABEL_SCALE) return;
    var w = container.clientWidth, h = container.clientHeight;
    var a = network.DOMtoCanvas({x: -100, y: -100}), b = network.DOMtoCanvas({x: w + 100, y: h + 100});
    var nu = [], eu = [];
    DATA.nodes.forEach(function (n) {
      if (!nodeLabelled[n.id] && n.x >= a.x && n.x <= b.x && n.y >= a.y && n.y <= b.y) {
        nodeLabelled[n.id] = true;
        var f = nodeFont(n);
        nu.push(f ? {id: n.id, label: n.label, font: f} : {id: n.id, label: n.label});
      }
    });
    if (!nu.length) return;
    DATA.edges.forEach(function (e) {
      if (!edgeLabelled[e.id] && (nodeLabelled[e.from] && nodeLabelled[e.to])) {
        edgeLabelled[e.id] = true;
        eu.push({id: e.id, label: RELS[e.rel] ? RELS[e.rel].zh : e.rel});
      }
    });
    nodes.update(nu);
    if (eu.length) edges.update(eu);
  }
  function labelSoon() { if (BIG && labelTimer === null) labelTimer = setTimeout(labelOnScreen, 120); }
  network.on("zoom", labelSoon);
  network.on("dragEnd", labelSoon);
  network.on("animationFinished", labelSoon);
  api.labelOnScreen = labelOnScreen;

  /* ---------- counts ---------- */
  function updateCount() {
    var shown = nodeView.length;
    var msg = "显示 " + shown + " 个实体 · " + edgeView.length + " 条关系";
    if (DATA.total > DATA.shown) msg += "（共 " + DATA.total + " 个实体，" +
      (DATA.focus ? "只显示“" + DATA.focus + "”" + DATA.hops + " 步内" : "只显示关系最多的 " + DATA.shown + " 个") + "）";
    document.getElementById("ug-count").textContent = msg;
  }

  /* ---------- legend and filters ---------- */
  function checkbox(on, change) {
    var c = document.createElement("input");
    c.type = "checkbox"; c.checked = on;
    c.addEventListener("change", function () { change(c.checked); });
    return c;
  }
  function refilter() { clearHighlight(); nodeView.refresh(); edgeView.refresh(); updateCount(); }
  var typeBoxes = {};
  DATA.types.forEach(function (t) {
    var row = el("label");
    var box = checkbox(true, function (on) { typeOn[t.key] = on; refilter(); });
    box.setAttribute("data-type", t.key);
    typeBoxes[t.key] = box;
    var sym = el("span", "ug-sym", t.symbol);
    sym.style.color = t.color;
    row.appendChild(box); row.appendChild(sym);
    row.appendChild(document.createTextNode(" " + t.zh + " "));
    row.appendChild(el("span", "ug-en", t.en));
    row.appendChild(el("span", "ug-n", " (" + t.count + ")"));
    document.getElementById("ug-types").appendChild(row);
  });
  DATA.relations.forEach(function (r) {
    var row = el("label");
    var box = checkbox(true, function (on) { relOn[r.key] = on; refilter(); });
    box.setAttribute("data-rel", r.key);
    row.appendChild(box);
    row.appendChild(document.createTextNode(" → " + r.zh + " "));
    row.appendChild(el("span", "ug-en", r.en));
    row.appendChild(el("span", "ug-n", " (" + r.count + ")"));
    document.getElementById("ug-rels").appendChild(row);
  });
  if (BIG) document.getElementById("ug-legend").open = false;

  /* ---------- neighbourhood highlight ---------- */
  // Small graphs: everything outside the neighbourhood is greyed (one update per item).
  // Big graphs: every DataSet update redraws all nodes (about a second at 20,000), so the
  // neighbourhood is shown by vis-network's selection alone: one redraw.
  var marked = null;  // {dimmed: bool}
  function clearHighlight() {
    if (!marked) return;
    if (marked.dimmed) {
      nodes.update(ORIG_NODES.map(function (n) {
        var box = n.shape === "box";
        return {id: n.id, color: n.color, font: Object.assign({color: box ? "#ffffff" : "#222222", strokeWidth: box ? 0 : 3}, n.font)};
      }));
      edges.update(ORIG_EDGES.map(function (e) { return {id: e.id, color: e.color || {color: "#666666"}}; }));
    }
    marked = null;
    network.unselectAll();
  }
  function highlight(id) {
    var near = network.getConnectedNodes(id);
    var links = network.getConnectedEdges(id);
    if (BIG) {
      marked = {dimmed: false};
      network.setSelection({nodes: [id].concat(near), edges: links}, {unselectAll: true, highlightEdges: false});
      return;
    }
    clearHighlight();
    var keepN = {}, keepE = {};
    keepN[id] = true;
    near.forEach(function (n) { keepN[n] = true; });
    links.forEach(function (e) { keepE[e] = true; });
    nodes.update(ORIG_NODES.filter(function (n) { return !keepN[n.id]; }).map(function (n) {
      return {id: n.id, color: {background: "#e6e6e6", border: "#d0d0d0"}, font: {color: "#c0c0c0", strokeWidth: 0}};
    }));
    edges.update(ORIG_EDGES.filter(function (e) { return !keepE[e.id]; }).map(function (e) {
      return {id: e.id, color: {color: "#ececec"}};
    }));
    marked = {dimmed: true};
    network.setSelection({nodes: [id], edges: links}, {unselectAll: true, highlightEdges: false});
  }

  /* ---------- side panel: facts with evidence ---------- */
  var panel = document.getElementById("ug-panel");
  var body = document.getElementById("ug-panel-body");
  function linkTo(id) {
    var n = INFO[id];
    var b = el("button", "ug-link", n ? n.label : id);
    b.type = "button";
    b.title = n ? typeName(n.type) : "";
    b.addEventListener("click", function () { select(id, true); });
    return b;
  }
  function showPanel(id) {
    var n = INFO[id];
    body.textContent = "";
    body.appendChild(el("h2", null, n.label));
    var t = TYPES[n.type];
    var kind = el("div", null, (t ? t.symbol + " " : "") + typeName(n.type));
    if (t) kind.style.color = t.color;
    body.appendChild(kind);
    if (n.aliases.length) body.appendChild(el("div", null, "别名 aliases: " + n.aliases.join("、")));
    body.appendChild(el("div", null, "提及 " + n.mentions + " 次 mentions · 关系 " + n.degree + " 条 relations"));
    n.attrs.forEach(function (kv) { body.appendChild(el("div", null, kv[0] + ": " + kv[1])); });
    if (n.ev.length) {
      body.appendChild(el("h3", null, "首次提及 first mentions"));
      n.ev.forEach(function (ev) { body.appendChild(sentenceEl(ev)); });
    }
    var mine = network.getConnectedEdges(id).map(function (e) { return EDGE[e]; });
    body.appendChild(el("h3", null, "事实 facts (" + mine.length + ")"));
    var list = el("ul");
    mine.slice(0, MAX_FACTS).forEach(function (e) {
      var li = el("li", "ug-fact" + (e.inferred ? " ug-inferred" : ""));
      var line = el("div");
      var out = e.from === id;
      line.appendChild(out ? el("b", null, n.label) : linkTo(e.from));
      line.appendChild(document.createTextNode(" → " + relName(e.rel) + " → "));
      line.appendChild(out ? linkTo(e.to) : el("b", null, n.label));
      if (e.inferred) line.appendChild(el("span", "ug-src", " （推理 inferred）"));
      li.appendChild(line);
      e.ev.forEach(function (ev) { li.appendChild(sentenceEl(ev)); });
      if (e.rules.length) li.appendChild(el("div", "ug-rule", "rule: " + e.rules.join(", ")));
      list.appendChild(li);
    });
    body.appendChild(list);
    if (mine.length > MAX_FACTS) body.appendChild(el("div", "ug-src", "… " + (mine.length - MAX_FACTS) + " more"));
    panel.hidden = false;
    panel.scrollTop = 0;
  }
  function closePanel() { panel.hidden = true; api.current = null; clearHighlight(); }
  document.getElementById("ug-close").addEventListener("click", closePanel);

  function select(id, zoom) {
    var n = INFO[id];
    if (!n) return false;
    if (typeOn[n.type] === false) { typeOn[n.type] = true; typeBoxes[n.type].checked = true; refilter(); }
    api.current = id;
    showPanel(id);
    highlight(id);
    // No animation in big graphs: each frame redraws everything.
    if (zoom) network.focus(id, {scale: Math.max(network.getScale(), 1.2),
                                 offset: {x: panel.hidden ? 0 : -panel.offsetWidth / 2, y: 0},
                                 animation: BIG ? false : {duration: 400, easingFunction: "easeInOutQuad"}});
    labelSoon();
    return true;
  }
  api.select = select;

  network.on("click", function (p) {
    if (p.nodes.length) select(p.nodes[0], false);
    else if (!p.edges.length) closePanel();
  });

  /* ---------- tooltips ---------- */
  var tip = document.getElementById("ug-tip");
  function placeTip(p) {
    var r = container.getBoundingClientRect();
    var x = r.left + p.pointer.DOM.x + 14, y = r.top + p.pointer.DOM.y + 14;
    tip.hidden = false;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    tip.style.left = Math.max(4, Math.min(x, window.innerWidth - w - 8)) + "px";
    tip.style.top = Math.max(4, (y + h > window.innerHeight - 8 ? y - h - 24 : y)) + "px";
  }
  network.on("hoverNode", function (p) {
    var n = INFO[p.node];
    tip.textContent = "";
    tip.appendChild(el("b", null, n.label));
    tip.appendChild(el("div", null, "类型 " + typeName(n.type)));
    if (n.aliases.length) tip.appendChild(el("div", null, "别名 " + n.aliases.join("、")));
    tip.appendChild(el("div", null, "提及 " + n.mentions + " 次 · 关系 " + n.degree + " 条"));
    n.ev.forEach(function (ev) { tip.appendChild(sentenceEl(ev)); });
    placeTip(p);
  });
  network.on("hoverEdge", function (p) {
    var e = EDGE[p.edge], r = RELS[e.rel];
    tip.textContent = "";
    tip.appendChild(el("b", null, (r ? r.en + "（" + r.zh + "）" : e.rel) + (e.inferred ? " · inferred 推理" : "")));
    tip.appendChild(el("div", null, (INFO[e.from] || {label: e.from}).label + " → " + (INFO[e.to] || {label: e.to}).label));
    e.ev.forEach(function (ev) { tip.appendChild(sentenceEl(ev)); });
    if (e.rules.length) tip.appendChild(el("div", "ug-rule", "rule: " + e.rules.join(", ")));
    placeTip(p);
  });
  function hideTip() { tip.hidden = true; }
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  /* ---------- search ---------- */
  function norm(s) { return String(s).normalize("NFKC").toLowerCase().trim(); }
  var KEYS = DATA.nodes.map(function (n) { return [n.id, norm(n.label), n.aliases.map(norm), n.degree]; });
  function find(query) {
    var q = norm(query), hits = [];
    if (!q) return hits;
    KEYS.forEach(function (k) {
      var rank = k[1] === q ? 0 : k[2].indexOf(q) >= 0 ? 1 : k[1].indexOf(q) === 0 ? 2
        : k[1].indexOf(q) > 0 ? 3 : k[2].some(function (a) { return a.indexOf(q) >= 0; }) ? 4 : -1;
      if (rank >= 0) hits.push([rank, -k[3], k[0]]);
    });
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0); });
    return hits.map(function (h) { return h[2]; });
  }
  api.find = find;
  var input = document.getElementById("ug-search");
  var results = document.getElementById("ug-results");
  var hits = [], active = 0;
  function renderResults() {
    results.textContent = "";
    hits.slice(0, MAX_RESULTS).forEach(function (id, i) {
      var n = INFO[id], li = el("li", null, n.label);
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", i === active ? "true" : "false");
      li.appendChild(el("span", "ug-kind", "  " + typeName(n.type)));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(id); });
      results.appendChild(li);
    });
    if (input.value.trim() && !hits.length) results.appendChild(el("li", "ug-kind", "没有找到 no match"));
    results.hidden = !input.value.trim();
  }
  function choose(id) { results.hidden = true; input.blur(); select(id, true); }
  input.addEventListener("input", function () { hits = find(input.value); active = 0; renderResults(); });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { hits = find(input.value); if (hits.length) choose(hits[Math.min(active, hits.length - 1)]); }
    else if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      active = Math.max(0, Math.min(Math.min(hits.length, MAX_RESULTS) - 1, active + (ev.key === "ArrowDown" ? 1 : -1)));
      renderResults();
    } else if (ev.key === "Escape") { results.hidden = true; }
  });
  input.addEventListener("blur", function () { results.hidden = true; });

  updateCount();
})();
