/* uniongraph explorer: search the graph a `uniongraph serve` holds, open an entity (its facts
 * with evidence, timeline, co-mentions, articles) and grow a picture of it step by step.
 * Every answer comes from this server's /api/ endpoints, one page at a time: the page never
 * holds the whole graph. Filters (types, relations, inferred, dates, source, related entities)
 * go with every request and also hide what the picture already holds.
 * Safety: every string from the server reaches the document through textContent or
 * createTextNode only (never innerHTML); vis-network draws labels on a canvas, and its
 * tooltips are elements built here. */
(function () {
  "use strict";
  var CONFIG = JSON.parse(document.getElementById("ug-config").textContent);
  var TYPES = CONFIG.types, RELS = CONFIG.relations;
  var PAGE = 30, NEIGHBOURS = 25, COMENTIONS = 15;

  var state = {
    summary: null, generation: null,
    q: "", offset: 0, total: 0,
    entity: null,            // id of the entity in the panel
    selected: null,          // id of the selected node
    roots: {},               // entities put in the picture on purpose: always shown
    expanded: {},            // id -> how many neighbours were fetched
    neighbourTotal: {},      // id -> how many neighbours pass the filters
    coShown: {},             // id -> true when its co-mentions are drawn
    busy: 0,                 // requests under way
    sent: 0                  // requests sent since the page opened
  };
  var INFO = {};             // node id -> entity json from the server
  var EDGE = {};             // edge id -> {kind: "fact"|"co", relation, inferred, dates, sources, weight}

  /* ---------- DOM helpers (text only) ---------- */
  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var d = document.createElement(tag);
    if (cls) d.className = cls;
    if (text !== undefined && text !== null) d.textContent = String(text);
    return d;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function typeLabel(t) { var s = TYPES[t]; return s ? s.zh + " " + s.en : (t || "?"); }
  function relLabel(r) { var s = RELS[r]; return s ? s.zh + " " + s.en : r; }
  function typeBadge(t) {
    var b = el("span", "ex-type", TYPES[t] ? TYPES[t].zh : (t || "?"));
    b.style.background = TYPES[t] ? TYPES[t].colour : "#7f7f7f";
    b.title = typeLabel(t);
    return b;
  }
  function linkButton(text, onclick) {
    var b = el("button", "ex-link", text);
    b.type = "button";
    b.addEventListener("click", onclick);
    return b;
  }
  function showError(message) {
    var box = $("ex-error");
    box.textContent = message;
    box.hidden = false;
    clearTimeout(showError.timer);
    showError.timer = setTimeout(function () { box.hidden = true; }, 6000);
  }

  /* ---------- the server ---------- */
  function filterParams() {
    var p = {};
    var types = Object.keys(TYPES).filter(function (t) { var c = $("ex-type-" + t); return c && c.checked; });
    if (types.length < Object.keys(TYPES).length) p.types = types.join(",") || "none";
    var rels = relNames().filter(function (r) { return $("ex-rel-" + r).checked; });
    if (rels.length < relNames().length) p.relations = rels.join(",") || "none";
    if (!$("ex-inferred").checked) p.inferred = "0";
    if ($("ex-from").value) p.from = $("ex-from").value;
    if ($("ex-to").value) p.to = $("ex-to").value;
    if ($("ex-source").value) p.source = $("ex-source").value;
    var min = minDegree();
    if (min > 0) p.min_degree = String(min);
    return p;
  }
  function relNames() { return state.summary ? state.summary.relations.map(function (r) { return r.name; }) : []; }
  function minDegree() {
    var n = parseInt($("ex-min-degree").value, 10);
    n = isNaN(n) || n < 0 ? 0 : n;
    return $("ex-hide-isolated").checked ? Math.max(1, n) : n;
  }
  function url(path, params) {
    var q = new URLSearchParams();
    Object.keys(params || {}).forEach(function (k) { if (params[k] !== undefined && params[k] !== null) q.set(k, params[k]); });
    return path + "?" + q.toString();
  }
  // "none" (every box unticked) keeps nothing: answered here, no request
  function keepsNothing(params) { return params.types === "none" || params.relations === "none"; }
  function api(path, params, signal) {
    state.busy++;
    state.sent++;
    return fetch(url(path, params), {headers: {"Accept": "application/json"}, signal: signal})
      .then(function (r) {
        return r.json().catch(function () { return {error: r.status + " " + r.statusText}; }).then(function (body) {
          if (!r.ok) throw new Error(body.error || (r.status + " " + r.statusText));
          if (body.generation !== undefined && state.generation !== null && body.generation !== state.generation) {
            state.generation = body.generation;
            loadSummary(false);  // the graph changed (add, remove, build --store): new counts and filters
          }
          return body;
        });
      })
      .finally(function () { state.busy--; });
  }
  function failed(e) { if (e && e.name !== "AbortError") showError(String(e.message || e)); }

  /* ---------- summary and filters ---------- */
  function loadSummary(first) {
    return api("/api/summary", {}).then(function (s) {
      state.summary = s;
      state.generation = s.generation;
      $("ex-stats").textContent = s.entities + " 实体 entities · " + s.articles + " 报道 articles · " +
        s.statements + " 关系 facts" + (s.dates.min ? " · " + s.dates.min + " – " + s.dates.max : "") +
        (s.complete ? "" : " · 名称索引不完整 name index incomplete");
      if (first) buildFilters(s); else updateFilterCounts(s);
    });
  }
  function check(id, text, count, colour, symbol) {
    var label = el("label", "ex-check");
    var box = el("input");
    box.type = "checkbox"; box.id = id; box.checked = true;
    label.appendChild(box);
    if (symbol) { var sym = el("span", null, symbol + " "); sym.style.color = colour; label.appendChild(sym); }
    label.appendChild(document.createTextNode(text + " "));
    label.appendChild(el("span", "ex-n", count));
    label.title = text;
    return label;
  }
  function buildFilters(s) {
    var types = $("ex-types"), rels = $("ex-rels");
    s.types.forEach(function (t) {
      types.appendChild(check("ex-type-" + t.name, t.zh + " " + t.en, t.count, t.colour, t.symbol));
    });
    s.relations.forEach(function (r) { rels.appendChild(check("ex-rel-" + r.name, r.zh + " " + r.en, r.count)); });
    fillSources(s);
    if (s.dates.min) {
      ["ex-from", "ex-to"].forEach(function (id) { $(id).min = s.dates.min; $(id).max = s.dates.max; });
    }
    Array.prototype.forEach.call(document.querySelectorAll("#ex-filters input, #ex-filters select"), function (input) {
      input.addEventListener("change", filtersChanged);
    });
    $("ex-dates-clear").addEventListener("click", function () { setDates("", ""); });
  }
  function fillSources(s) {
    var sel = $("ex-source"), keep = sel.value;
    while (sel.options.length > 1) sel.remove(1);
    s.sources.forEach(function (src) {
      var o = el("option", null, src.source + " (" + src.articles + ")");
      o.value = src.source;
      sel.appendChild(o);
    });
    sel.value = keep;
  }
  function updateFilterCounts(s) {
    s.types.forEach(function (t) { var b = $("ex-type-" + t.name); if (b) b.parentNode.lastChild.textContent = t.count; });
    s.relations.forEach(function (r) { var b = $("ex-rel-" + r.name); if (b) b.parentNode.lastChild.textContent = r.count; });
    fillSources(s);
  }
  function setDates(from, to) {
    $("ex-from").value = from; $("ex-to").value = to;
    filtersChanged();
  }
  var filterTimer = null;
  function filtersChanged() {
    clearTimeout(filterTimer);
    filterTimer = setTimeout(function () {
      // neighbours are paged under the filters: the next expand starts again at the first page
      state.expanded = {}; state.neighbourTotal = {};
      refreshView();
      search(state.q, true);
      refetchComentions();
      if (state.entity) openEntity(state.entity, {keepScroll: true});
      updateExpandButton();
    }, 120);
  }

  /* ---------- search ---------- */
  var searchAbort = null;
  function search(q, fresh) {
    if (fresh) state.offset = 0;
    state.q = q;
    if (searchAbort) searchAbort.abort();
    searchAbort = new AbortController();
    var params = Object.assign({q: q, offset: state.offset, limit: PAGE}, filterParams());
    if (keepsNothing(params)) { showResults({total: 0, items: [], offset: 0}, fresh); return Promise.resolve(); }
    delete params.relations; delete params.inferred; delete params.from; delete params.to; delete params.source;
    return api("/api/search", params, searchAbort.signal).then(function (r) { showResults(r, fresh); }).catch(failed);
  }
  function entityLine(item, extra) {
    var li = el("li");
    li.setAttribute("role", "option");
    li.dataset.id = item.id;
    var name = el("span", "ex-name", item.name);
    li.appendChild(name);
    li.appendChild(typeBadge(item.type));
    if (item.aliases && item.aliases.length) {
      li.appendChild(el("div", "ex-aliases", "别名 " + item.aliases.join("、") + (item.more_aliases ? " …" : "")));
    }
    li.appendChild(el("div", "ex-counts", (extra ? extra + " · " : "") + item.mentions + " 次提及 mentions · " +
      item.articles + " 篇 articles · " + item.degree + " 个相关实体 related"));
    return li;
  }
  function showResults(r, fresh) {
    var list = $("ex-results");
    if (fresh) clear(list);
    state.total = r.total;
    r.items.forEach(function (item) {
      INFO[item.id] = INFO[item.id] || item;
      var li = entityLine(item);
      li.tabIndex = 0;
      li.addEventListener("click", function () { addRoot(item); openEntity(item.id); });
      li.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { addRoot(item); openEntity(item.id); } });
      list.appendChild(li);
    });
    state.offset = r.offset + r.items.length;
    $("ex-results-head").textContent = (state.q ? "“" + state.q + "”: " : "最常提及 most mentioned: ") + r.total + " 个结果 found";
    $("ex-more-results").hidden = state.offset >= r.total;
  }

  /* ---------- the picture ---------- */
  var nodes = new vis.DataSet(), edges = new vis.DataSet();
  var visibleNodes = {}, visibleEdges = {};
  var nodeView = new vis.DataView(nodes, {filter: function (n) { return !!visibleNodes[n.id]; }});
  var edgeView = new vis.DataView(edges, {filter: function (e) { return !!visibleEdges[e.id]; }});
  var network = new vis.Network($("ex-network"), {nodes: nodeView, edges: edgeView}, {
    autoResize: true,
    nodes: {font: {face: CONFIG.font, size: 14}, borderWidth: 1},
    edges: {arrows: {to: {enabled: true, scaleFactor: 0.6}}, font: {face: CONFIG.font, size: 11, align: "middle"},
            smooth: {type: "continuous"}, color: {color: "#8a8a8a", highlight: "#333"}},
    physics: {solver: "barnesHut", barnesHut: {gravitationalConstant: -6000, springLength: 140, springConstant: 0.03},
              stabilization: {iterations: 120}},
    interaction: {hover: true, tooltipDelay: 150, navigationButtons: false}
  });
  var readyMarks = {drawn: false};
  network.on("afterDrawing", function () { if (!readyMarks.drawn) { readyMarks.drawn = true; window.explorer.drawnAt = performance.now(); } });

  function tip(lines) {
    var d = el("div", "ex-tip");
    lines.forEach(function (l) { if (l) d.appendChild(el("div", null, l)); });
    return d;
  }
  function visNode(item) {
    var s = TYPES[item.type] || {colour: "#7f7f7f", shape: "dot"};
    var size = 10 + Math.min(20, Math.sqrt(item.degree || 0) * 3);
    var v = {id: item.id, label: item.name, shape: s.shape, color: s.colour, size: size,
             title: tip([item.name, typeLabel(item.type), item.mentions + " mentions · " + item.degree + " related"])};
    if (s.shape === "box") v.font = {color: "#ffffff"};
    if (state.roots[item.id]) v.borderWidth = 3;
    return v;
  }
  function addNode(item) {
    INFO[item.id] = item;
    nodes.update(visNode(item));
  }
  function addRoot(item) {
    state.roots[item.id] = true;
    addNode(item);
    $("ex-hint").hidden = true;
    refreshView();
    select(item.id);
  }
  function addFactEdge(e) {
    EDGE[e.id] = {kind: "fact", relation: e.relation, inferred: e.inferred, dates: e.dates, sources: e.sources,
                  more_dates: e.more_dates, evidence: e.evidence};
    var r = RELS[e.relation];
    edges.update({id: e.id, from: e.from, to: e.to, label: r ? r.zh : e.relation, dashes: e.inferred,
                  color: e.inferred ? {color: "#b0b0b0"} : undefined,
                  title: tip([relLabel(e.relation) + (e.inferred ? " (推断 inferred)" : ""),
                              e.evidence + " 条证据 evidence" + (e.dates.length ? " · " + e.dates[0] + (e.dates.length > 1 ? " – " + e.dates[e.dates.length - 1] : "") : "")])});
  }
  function coId(a, b) { return "co|" + (a < b ? a + "|" + b : b + "|" + a); }
  function addCoEdge(a, b, weight) {
    var id = coId(a, b);
    EDGE[id] = {kind: "co", weight: weight};
    edges.update({id: id, from: a, to: b, label: String(weight), dashes: [2, 4], arrows: {to: {enabled: false}},
                  color: {color: "#c8a45a"}, width: Math.min(8, 1 + Math.log(weight) * 1.5),
                  title: tip(["共现 co-mentioned in " + weight + " 篇 articles"])});
  }
  // What the filters keep: an edge whose relation, dates and source pass, between entities whose
  // type and number of related entities pass; an entity put in on purpose always stays.
  function edgeOk(id) {
    var e = EDGE[id];
    if (!e) return false;
    if (e.kind === "co") return true;
    var p = filterParams();
    if (p.relations && p.relations.split(",").indexOf(e.relation) < 0) return false;
    if (e.inferred && p.inferred === "0") return false;
    if (p.from || p.to) {
      var inRange = e.dates.some(function (d) { return (!p.from || d >= p.from) && (!p.to || d <= p.to); });
      if (!inRange && !e.more_dates) return false;
    }
    if (p.source && e.sources.indexOf(p.source) < 0) return false;
    return true;
  }
  function nodeOk(id) {
    if (state.roots[id]) return true;
    var item = INFO[id];
    if (!item) return false;
    var c = $("ex-type-" + item.type);
    if (c && !c.checked) return false;
    return (item.degree || 0) >= minDegree();
  }
  function refreshView() {
    var vn = {}, ve = {};
    nodes.forEach(function (n) { if (nodeOk(n.id)) vn[n.id] = true; });
    var linked = {};
    edges.forEach(function (e) {
      if (vn[e.from] && vn[e.to] && edgeOk(e.id)) { ve[e.id] = true; linked[e.from] = linked[e.to] = true; }
    });
    Object.keys(vn).forEach(function (id) { if (!linked[id] && !state.roots[id]) delete vn[id]; });
    visibleNodes = vn; visibleEdges = ve;
    nodeView.refresh(); edgeView.refresh();
    var shownN = Object.keys(vn).length, shownE = Object.keys(ve).length;
    $("ex-graph-status").textContent = shownN + " 实体 entities · " + shownE + " 条边 edges shown" +
      (nodes.length > shownN ? " (" + (nodes.length - shownN) + " 个被筛选隐藏 hidden by filters)" : "");
  }
  function select(id) {
    state.selected = id;
    try { network.selectNodes(visibleNodes[id] ? [id] : []); } catch (e) { /* not drawn */ }
    updateExpandButton();
  }
  function updateExpandButton() {
    var id = state.selected, b = $("ex-expand");
    b.disabled = !id;
    $("ex-comention").disabled = !id;
    if (!id) { b.textContent = "展开 expand"; return; }
    var got = state.expanded[id], total = state.neighbourTotal[id];
    b.textContent = got === undefined ? "展开 expand" : (got < total ? "展开更多 expand (" + (total - got) + " more)" : "已全部展开 all shown");
    if (got !== undefined && got >= total) b.disabled = true;
  }
  function expand(id) {
    var params = Object.assign({id: id, offset: state.expanded[id] || 0, limit: NEIGHBOURS}, filterParams());
    if (keepsNothing(params)) return Promise.resolve();
    return api("/api/neighbours", params).then(function (r) {
      if (!INFO[id]) addNode(r.entity);
      if (!nodes.get(id)) addNode(r.entity);
      r.nodes.forEach(addNode);
      r.edges.forEach(addFactEdge);
      state.expanded[id] = (state.expanded[id] || 0) + r.nodes.length;
      state.neighbourTotal[id] = r.total;
      if (r.total === 0) showError("没有符合筛选的邻居 no neighbours pass the filters: " + r.entity.name);
      $("ex-hint").hidden = true;
      refreshView();
      select(id);
    }).catch(failed);
  }
  function comentions(id, add) {
    var params = Object.assign({id: id, limit: COMENTIONS}, filterParams());
    delete params.relations; delete params.inferred;
    if (keepsNothing(params)) return Promise.resolve(null);
    return api("/api/comentions", params).then(function (r) {
      if (add) {
        if (!nodes.get(id)) addNode(r.entity);
        r.items.forEach(function (item) { if (!nodes.get(item.id)) addNode(item); addCoEdge(id, item.id, item.weight); });
        state.coShown[id] = true;
        $("ex-hint").hidden = true;
        refreshView();
      }
      return r;
    }).catch(failed);
  }
  function refetchComentions() {
    Object.keys(state.coShown).forEach(function (id) {
      edges.forEach(function (e) { if (EDGE[e.id] && EDGE[e.id].kind === "co" && (e.from === id || e.to === id)) { edges.remove(e.id); delete EDGE[e.id]; } });
      comentions(id, true);
    });
  }
  network.on("click", function (p) {
    if (p.nodes.length) { select(p.nodes[0]); openEntity(p.nodes[0]); }
  });
  network.on("doubleClick", function (p) { if (p.nodes.length) expand(p.nodes[0]); });

  /* ---------- the entity panel ---------- */
  var panelToken = 0;
  function openEntity(id, opts) {
    opts = opts || {};
    var token = ++panelToken;
    state.entity = id;
    if (!opts.keepHash) history.replaceState(null, "", "#entity=" + encodeURIComponent(id));
    var f = filterParams();
    var nothing = keepsNothing(f);
    var scroll = $("ex-right").scrollTop;
    var asks = [
      nothing ? Promise.resolve({entity: INFO[id], facts: [], facts_total: 0, curation: []}) : api("/api/entity", Object.assign({id: id}, f)),
      api("/api/articles", Object.assign({id: id, limit: 20}, {from: f.from, to: f.to, source: f.source})),
      nothing ? Promise.resolve({items: [], total: 0}) : api("/api/comentions", Object.assign({id: id, limit: 20}, {
        types: f.types, from: f.from, to: f.to, source: f.source, min_degree: f.min_degree}))
    ];
    return Promise.all(asks).then(function (answers) {
      if (token !== panelToken) return;
      renderEntity(answers[0], answers[1], answers[2]);
      if (opts.keepScroll) $("ex-right").scrollTop = scroll;
      window.explorer.openedAt = performance.now();
    }).catch(function (e) {
      if (token === panelToken) { clear($("ex-panel")); $("ex-panel").appendChild(el("p", "ex-muted", String(e.message || e))); }
      failed(e);
    });
  }
  function renderEntity(ent, arts, co) {
    var panel = $("ex-panel");
    clear(panel);
    var e = ent.entity;
    INFO[e.id] = Object.assign(INFO[e.id] || {}, e);
    var h = el("h2", null, e.name);
    h.id = "ex-entity-name";
    panel.appendChild(h);
    var line = el("div");
    line.appendChild(typeBadge(e.type));
    line.appendChild(document.createTextNode(" " + typeLabel(e.type)));
    panel.appendChild(line);
    if (e.aliases && e.aliases.length) panel.appendChild(el("div", "ex-aliases", "别名 aliases: " + e.aliases.join("、")));
    panel.appendChild(el("div", "ex-counts", e.mentions + " 次提及 mentions · " + e.articles + " 篇报道 articles · " +
      e.degree + " 个相关实体 related entities"));
    // HOOK (#16, curation): what a corrections file changed about this entity (ug:curat… triples)
    if (ent.curation && ent.curation.length) {
      var cur = el("div", "ex-curation");
      cur.id = "ex-curation";
      cur.appendChild(el("strong", null, "人工修订 curated "));
      ent.curation.forEach(function (c) {
        var d = el("div", null, c.property + ": " + c.value);
        c.details.forEach(function (x) { d.appendChild(el("div", "ex-src", x.property + ": " + x.value)); });
        cur.appendChild(d);
      });
      panel.appendChild(cur);
    }
    if (CONFIG.corrections) panel.appendChild(correctionForm(e));
    var actions = el("div");
    actions.appendChild(linkButton("加入图并展开 add to graph & expand", function () { addRoot(e); expand(e.id); }));
    actions.appendChild(document.createTextNode(" · "));
    actions.appendChild(linkButton("共现入图 co-mentions to graph", function () { addRoot(e); comentions(e.id, true); }));
    panel.appendChild(actions);

    panel.appendChild(el("h3", null, "时间线 timeline: 每日报道 articles per day"));
    panel.appendChild(timeline(arts.timeline, arts.undated));

    var two = el("div", "ex-two");
    var left = el("section"), right = el("section");
    left.appendChild(el("h3", null, "陈述的关系 stated relations (" + ent.facts_total + (ent.truncated ? "+" : "") + ")"));
    var facts = el("ul");
    facts.id = "ex-facts";
    ent.facts.forEach(function (fact) { facts.appendChild(factItem(e, fact)); });
    if (!ent.facts.length) facts.appendChild(el("li", "ex-muted", "无 none"));
    left.appendChild(facts);
    right.appendChild(el("h3", null, "共现 co-mentioned (" + co.total + ")"));
    var list = el("ul");
    list.id = "ex-comentions";
    var top = co.items.length ? co.items[0].weight : 1;
    co.items.forEach(function (item) {
      var li = el("li", "ex-co");
      var bar = el("span", "ex-bar");
      bar.style.width = Math.max(3, Math.round(50 * item.weight / top)) + "px";
      li.appendChild(bar);
      li.appendChild(linkButton(item.name, function () { openEntity(item.id); }));
      li.appendChild(el("span", "ex-src", item.weight + " · " + (TYPES[item.type] ? TYPES[item.type].zh : item.type)));
      list.appendChild(li);
    });
    if (!co.items.length) list.appendChild(el("li", "ex-muted", "无 none"));
    right.appendChild(list);
    two.appendChild(left); two.appendChild(right);
    panel.appendChild(two);

    panel.appendChild(el("h3", null, "报道 articles (" + arts.total + ")"));
    var alist = el("ul");
    alist.id = "ex-articles";
    panel.appendChild(alist);
    var more = el("button", null, "更多 more");
    more.type = "button";
    var shown = 0;
    function addArticles(page) {
      page.items.forEach(function (a) {
        var li = el("li", "ex-article");
        li.appendChild(el("span", "ex-src", (a.date || "—") + " "));
        li.appendChild(linkButton(a.headline || a.id, function () { openArticle(a.id); }));
        if (a.source) li.appendChild(el("span", "ex-src", " · " + a.source));
        alist.appendChild(li);
      });
      shown += page.items.length;
      more.hidden = shown >= page.total;
    }
    addArticles(arts);
    more.addEventListener("click", function () {
      var f = filterParams();
      api("/api/articles", {id: e.id, offset: shown, limit: 50, from: f.from, to: f.to, source: f.source}).then(addArticles).catch(failed);
    });
    panel.appendChild(more);
  }
  /* ---------- proposing a correction (serve --corrections FILE only) ---------- */
  function correctionForm(e) {
    var box = el("details", "ex-correct");
    box.id = "ex-correct";
    box.appendChild(el("summary", null, "提出修订 propose a correction"));
    var form = el("form");
    form.id = "ex-correct-form";
    var kind = el("select");
    kind.id = "ex-correct-kind";
    kind.setAttribute("aria-label", "correction kind");
    [["reject", "删除 reject: not an entity"], ["retype", "改类型 retype"], ["alias", "加别名 add an alias"],
     ["merge", "合并 merge another name into it"]].forEach(function (k) {
      var o = el("option", null, k[1]); o.value = k[0]; kind.appendChild(o);
    });
    var type = el("select");
    type.id = "ex-correct-type";
    type.setAttribute("aria-label", "new type");
    Object.keys(TYPES).forEach(function (t) {
      if (t === e.type) return;
      var o = el("option", null, typeLabel(t)); o.value = t; type.appendChild(o);
    });
    var other = el("input");
    other.id = "ex-correct-other";
    other.type = "text"; other.maxLength = 200; other.spellcheck = false;
    var reason = el("input");
    reason.id = "ex-correct-reason";
    reason.type = "text"; reason.maxLength = 1000;
    reason.placeholder = "理由 reason";
    reason.setAttribute("aria-label", "reason");
    var send = el("button", null, "记录 record");
    send.id = "ex-correct-send";
    send.type = "submit";
    var status = el("div", "ex-src");
    status.id = "ex-correct-status";
    status.setAttribute("role", "status");
    function shape() {
      type.hidden = kind.value !== "retype";
      other.hidden = kind.value !== "alias" && kind.value !== "merge";
      other.placeholder = kind.value === "alias" ? "别名 alias" : "并入的名称 name merged into " + e.name;
      other.setAttribute("aria-label", other.placeholder);
    }
    kind.addEventListener("change", shape);
    shape();
    [kind, type, other, reason, send].forEach(function (x) { form.appendChild(x); form.appendChild(document.createTextNode(" ")); });
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var body = {kind: kind.value, id: e.id, reason: reason.value};
      if (kind.value === "retype") body.type = type.value;
      if (kind.value === "alias") body.alias = other.value;
      if (kind.value === "merge") body.other = other.value;
      send.disabled = true;
      status.textContent = "…";
      state.busy++;
      fetch("/api/corrections", {method: "POST", headers: {"Content-Type": "application/json", "Accept": "application/json"},
                                 body: JSON.stringify(body)})
        .then(function (r) {
          return r.json().catch(function () { return {error: r.status + " " + r.statusText}; }).then(function (b) {
            if (!r.ok) throw new Error(b.error || (r.status + " " + r.statusText));
            status.textContent = "已记录 recorded: " + b.correction + " — " + b.where + "。下次运行后生效 applies at the next: " + b.applies;
            status.dataset.line = String(b.line);
            reason.value = ""; other.value = "";
          });
        })
        .catch(function (err) { status.textContent = "未记录 not recorded: " + String(err.message || err); status.dataset.line = ""; })
        .finally(function () { send.disabled = false; state.busy--; });
    });
    box.appendChild(form);
    box.appendChild(status);
    box.appendChild(el("div", "ex-muted", "记录在 recorded in " + CONFIG.corrections.file +
      "；在下次 applies at the next “" + CONFIG.corrections.applies + "” (或 or add/build --corrections)，本服务不重新抽取 serve does not re-extract."));
    return box;
  }
  function factItem(e, fact) {
    var li = el("li", "ex-fact" + (fact.inferred ? " ex-inferred" : ""));
    var head = el("div");
    head.appendChild(el("span", null, (fact.direction === "out" ? "→ " : "← ") + relLabel(fact.relation) + " "));
    head.appendChild(linkButton(fact.other.name, function () { openEntity(fact.other.id); }));
    if (fact.inferred) head.appendChild(el("span", "ex-src", " 推断 inferred"));
    li.appendChild(head);
    fact.evidence.forEach(function (ev) {
      var s = el("div", "ex-sent", "“" + (ev.sentence || "") + "”");
      s.appendChild(el("span", "ex-src", " ——" + (ev.date ? ev.date + " " : "") + "《" + (ev.headline || ev.article || "") + "》"));
      li.appendChild(s);
    });
    if (fact.evidence_total > fact.evidence.length) li.appendChild(el("div", "ex-src", "… " + (fact.evidence_total - fact.evidence.length) + " 条更多证据 more"));
    return li;
  }
  function timeline(days, undated) {
    var NS = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(NS, "svg");
    svg.id = "ex-timeline";
    svg.setAttribute("role", "img");
    var W = 420, H = 80;
    svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    if (!days.length) {
      var t = document.createElementNS(NS, "text");
      t.setAttribute("x", 4); t.setAttribute("y", 20);
      t.textContent = "无日期 no dated articles" + (undated ? " (" + undated + " undated)" : "");
      svg.appendChild(t);
      return svg;
    }
    var s = state.summary && state.summary.dates.min ? state.summary.dates : {min: days[0].date, max: days[days.length - 1].date};
    var lo = Date.parse(days[0].date < s.min ? days[0].date : s.min), hi = Date.parse(days[days.length - 1].date > s.max ? days[days.length - 1].date : s.max);
    var span = Math.max(1, Math.round((hi - lo) / 86400000) + 1);
    var bw = (W - 10) / span, top = Math.max.apply(null, days.map(function (d) { return d.articles; }));
    var from = $("ex-from").value, to = $("ex-to").value;
    days.forEach(function (d) {
      var i = Math.round((Date.parse(d.date) - lo) / 86400000);
      var bh = Math.max(2, (H - 24) * d.articles / top);
      var r = document.createElementNS(NS, "rect");
      r.setAttribute("x", 5 + i * bw); r.setAttribute("width", Math.max(1, bw - 1));
      r.setAttribute("y", H - 14 - bh); r.setAttribute("height", bh);
      var out = (from && d.date < from) || (to && d.date > to);
      r.setAttribute("class", "ex-day" + (out ? " ex-out" : ""));
      r.dataset.date = d.date;
      var title = document.createElementNS(NS, "title");
      title.textContent = d.date + ": " + d.articles + " 篇 articles (点击筛选 click to filter)";
      r.appendChild(title);
      r.addEventListener("click", function () { setDates(d.date, d.date); });
      svg.appendChild(r);
    });
    [[lo, "start"], [hi, "end"]].forEach(function (p) {
      var t = document.createElementNS(NS, "text");
      t.setAttribute("x", p[1] === "start" ? 5 : W - 5); t.setAttribute("y", H - 2);
      t.setAttribute("text-anchor", p[1]);
      t.textContent = new Date(p[0]).toISOString().slice(0, 10);
      svg.appendChild(t);
    });
    var t2 = document.createElementNS(NS, "text");
    t2.setAttribute("x", W - 5); t2.setAttribute("y", 10); t2.setAttribute("text-anchor", "end");
    t2.textContent = "max " + top + (undated ? " · " + undated + " undated" : "");
    svg.appendChild(t2);
    return svg;
  }
  function openArticle(id) {
    return api("/api/article", {id: id}).then(function (a) {
      var panel = $("ex-panel");
      clear(panel);
      var back = state.entity;
      if (back) panel.appendChild(linkButton("← 返回 back", function () { openEntity(back); }));
      var h = el("h2", null, a.headline || a.id);
      h.id = "ex-article-headline";
      panel.appendChild(h);
      panel.appendChild(el("div", "ex-src", [a.date, a.source, a.page ? "第" + a.page + "版 page " + a.page : null, a.file].filter(Boolean).join(" · ")));
      if (a.kicker) panel.appendChild(el("div", "ex-muted", a.kicker));
      panel.appendChild(el("h3", null, "提及的实体 entities named (" + a.entities.length + ")"));
      var chips = el("div", "ex-chips");
      a.entities.forEach(function (n) { var b = linkButton(n.name, function () { openEntity(n.id); }); b.title = typeLabel(n.type); chips.appendChild(b); });
      panel.appendChild(chips);
      panel.appendChild(el("h3", null, "正文 text"));
      panel.appendChild(el("div", "ex-text", a.text + (a.text_cut ? " …" : "")));
    }).catch(failed);
  }

  /* ---------- wiring ---------- */
  var typing = null;
  $("ex-q").addEventListener("input", function () {
    clearTimeout(typing);
    var q = this.value;
    typing = setTimeout(function () { search(q, true); }, 180);
  });
  $("ex-q").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { clearTimeout(typing); search(this.value, true); }
  });
  $("ex-more-results").addEventListener("click", function () { search(state.q, false); });
  $("ex-expand").addEventListener("click", function () { if (state.selected) expand(state.selected); });
  $("ex-comention").addEventListener("click", function () { if (state.selected) comentions(state.selected, true); });
  $("ex-fit").addEventListener("click", function () { network.fit(); });
  $("ex-clear").addEventListener("click", function () {
    nodes.clear(); edges.clear();
    state.roots = {}; state.expanded = {}; state.neighbourTotal = {}; state.coShown = {};
    INFO = {}; EDGE = {};
    refreshView(); select(null);
    $("ex-hint").hidden = false;
  });

  window.explorer = {
    network: network, nodes: nodes, edges: edges, state: state,
    visibleNodes: function () { return Object.keys(visibleNodes).sort(); },
    visibleEdges: function () { return Object.keys(visibleEdges).sort(); },
    info: function (id) { return INFO[id]; },
    edgeInfo: function (id) { return EDGE[id]; },
    expand: expand, openEntity: openEntity, search: search,
    readyAt: null, drawnAt: null, openedAt: null
  };

  var initial = new URLSearchParams(location.search).get("q") || "";
  var hash = location.hash.match(/^#entity=(.+)$/);
  $("ex-q").value = initial;
  loadSummary(true).then(function () {
    var asks = [search(initial, true)];
    if (hash) {
      var id = decodeURIComponent(hash[1]);
      asks.push(api("/api/entity", {id: id}).then(function (r) { addRoot(r.entity); return openEntity(id, {keepHash: true}); }).catch(failed));
    }
    return Promise.all(asks);
  }).then(function () { window.explorer.readyAt = performance.now(); }, function (e) {
    failed(e);
    window.explorer.readyAt = performance.now();
  });
})();
