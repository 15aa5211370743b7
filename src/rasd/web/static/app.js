/* rasd page, part 2: the views (events map/timeline/table, one event, articles, analyse).
 * State lives in one object; `window.rasdPage` exposes it for the browser tests. */
"use strict";

(function () {
  const R = window.Rasd;
  const { el, clear, api, status, langAttrs } = R;
  const PAGE_SIZE = 50;

  const state = {
    config: null, stats: null,
    events: [], total: 0,          // what the server returned for the filters
    brush: null,                   // [from, to] as YYYY-MM-DD, client-side time range
    sort: { key: "date", dir: 1 }, page: 0,
    map: null, cluster: null, outlines: null, mapReady: false,
  };
  window.rasdPage = state;

  // ============================================================== helpers
  const FILTERS = ["country", "event_type", "sub_event_type", "date_from", "date_to", "actor", "text",
    "min_fatalities", "min_confidence"];
  const DATE_FIELDS = ["date_from", "date_to"];
  const isDate = (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v + "T00:00:00Z"));
  const countryName = (code) => (code && state.config && state.config.countries[code]) || code || "";

  function filterParams(withBrush) {
    const form = document.getElementById("filters");
    const params = new URLSearchParams();
    for (const name of FILTERS) {
      const input = form.elements[name];
      const value = input.value.trim();
      if (value && !(DATE_FIELDS.includes(name) && !isDate(value))) params.set(name, value);
    }
    if (document.getElementById("f-bbox").checked && state.map) {
      const b = state.map.getBounds();
      const clamp = (v, lim) => Math.max(-lim, Math.min(lim, v));
      params.set("bbox", [clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180),
        clamp(b.getNorth(), 90)].map((v) => v.toFixed(5)).join(","));
    }
    if (withBrush && state.brush) {
      const from = params.get("date_from"), to = params.get("date_to");
      params.set("date_from", from && from > state.brush[0] ? from : state.brush[0]);
      params.set("date_to", to && to < state.brush[1] ? to : state.brush[1]);
    }
    return params;
  }

  function visibleEvents() {
    if (!state.brush) return state.events;
    const [from, to] = state.brush;
    return state.events.filter((e) => e.date && e.date >= from && e.date <= to);
  }

  // ============================================================== map
  function initMap() {
    if (state.map) return;
    const map = L.map("map", { worldCopyJump: true, minZoom: 2, maxZoom: 18 }).setView([34, 40], 5);
    map.createPane("outlines");
    map.getPane("outlines").style.zIndex = 150;   // under the tiles: seen when tiles cannot load
    const layers = {};
    if (state.config.tile_url) {
      const tiles = L.tileLayer(state.config.tile_url, {
        maxZoom: 18, attribution: state.config.tile_attribution, crossOrigin: false,
      }).addTo(map);
      layers["Street map (internet)"] = tiles;
      // Offline: after a few failed tiles and none loaded, stop asking and say so.
      let loaded = 0, failed = 0;
      tiles.on("tileload", () => { loaded += 1; });
      tiles.on("tileerror", () => {
        failed += 1;
        if (failed === 3 && loaded === 0) {
          map.removeLayer(tiles);
          const note = L.control({ position: "bottomleft" });
          note.onAdd = () => el("div", { class: "map-note", id: "tiles-offline" },
            "Street map unavailable (offline?): showing the bundled country outlines.");
          note.addTo(map);
        }
      });
    }
    state.cluster = L.markerClusterGroup({
      maxClusterRadius: 45, showCoverageOnHover: false, spiderfyOnMaxZoom: true, chunkedLoading: true,
      iconCreateFunction: clusterIcon,
    });
    map.addLayer(state.cluster);
    L.control.scale().addTo(map);
    state.map = map;
    fetch("/static/vendor/world-atlas/countries-50m.json")
      .then((r) => r.json())
      .then((topo) => {
        const shapes = topojson.feature(topo, topo.objects.countries);
        state.outlines = L.geoJSON(shapes, {
          pane: "outlines", interactive: false,
          style: { color: "#7c8a96", weight: 0.8, fillColor: "#f3f1ea", fillOpacity: 1 },
        }).addTo(map);
        layers["Country outlines (offline)"] = state.outlines;
        L.control.layers(null, layers, { collapsed: true }).addTo(map);
        state.mapReady = true;
        document.getElementById("map").setAttribute("data-outlines", "1");
      })
      .catch(() => { state.mapReady = true; });
    map.on("moveend", () => {
      if (document.getElementById("f-bbox").checked) loadEvents(false);
    });
  }

  /** A cluster is a pie of its events' types with the count in the middle. */
  function clusterIcon(cluster) {
    const children = cluster.getAllChildMarkers();
    const counts = {};
    children.forEach((m) => { counts[m.options.eventType] = (counts[m.options.eventType] || 0) + 1; });
    const types = Object.keys(counts).sort((a, b) => R.TYPE_ORDER.indexOf(a) - R.TYPE_ORDER.indexOf(b));
    let at = 0;
    const stops = types.map((t) => {
      const from = at;
      at += (360 * counts[t]) / children.length;
      return R.color(t) + " " + from.toFixed(1) + "deg " + at.toFixed(1) + "deg";
    });
    const n = cluster.getChildCount();
    const size = n < 10 ? 34 : n < 100 ? 40 : 48;
    const pie = el("div", { class: "cluster-pie", title: types.map((t) => t + ": " + counts[t]).join("\n") },
      el("span", {}, String(n)));
    pie.style.background = "conic-gradient(" + stops.join(", ") + ")";
    return L.divIcon({ html: pie, className: "marker-cluster rasd-cluster", iconSize: L.point(size, size) });
  }

  function markerFor(event) {
    const loc = event.location;
    const fat = Math.max(0, Number(event.fatalities) || 0);
    const size = Math.round(Math.min(44, 12 + 5 * Math.sqrt(fat)));
    const dot = el("div", { class: "ev-marker", "data-type": event.event_type, "data-id": event.id,
      "data-fatalities": fat });
    const icon = L.divIcon({ html: dot, className: "ev-icon", iconSize: [size, size] });
    const marker = L.marker([loc.lat, loc.lon], { icon: icon, keyboard: true, title: "", eventType: event.event_type });
    const tipBox = el("div", {},
      el("strong", {}, event.event_type), el("br"),
      (event.date || "no date") + " · ", el("span", langAttrs(loc.name), loc.name),
      el("br"), "fatalities: " + (event.fatalities === null || event.fatalities === undefined ? "unknown" : event.fatalities));
    marker.bindTooltip(tipBox, { direction: "top" });
    marker.on("click", () => { window.location.hash = "#/event/" + encodeURIComponent(event.id); });
    return marker;
  }

  function renderMap(fit) {
    if (!state.map) return;
    const events = visibleEvents().filter((e) => e.location && Number.isFinite(e.location.lat) && Number.isFinite(e.location.lon));
    state.cluster.clearLayers();
    state.cluster.addLayers(events.map(markerFor));
    document.getElementById("map").setAttribute("data-markers", String(events.length));
    if (fit && events.length && !document.getElementById("f-bbox").checked) {
      const bounds = L.latLngBounds(events.map((e) => [e.location.lat, e.location.lon]));
      state.map.fitBounds(bounds.pad(0.25), { maxZoom: 9, animate: false });
    }
  }

  function renderLegend() {
    const box = clear(document.getElementById("legend"));
    const counts = {};
    state.events.forEach((e) => { counts[e.event_type] = (counts[e.event_type] || 0) + 1; });
    box.appendChild(el("strong", {}, "Event types"));
    box.appendChild(el("ul", {}, R.TYPE_ORDER.map((t) =>
      el("li", { "data-type": t }, el("span", { class: "swatch", "data-type": t }), t + " (" + (counts[t] || 0) + ")"))));
    box.appendChild(el("strong", {}, "Fatalities (marker size)"));
    box.appendChild(el("ul", {}, [0, 5, 20].map((n) => {
      const s = Math.round(Math.min(44, 12 + 5 * Math.sqrt(n)));
      const dot = el("span", { class: "size-demo" });
      dot.style.width = s + "px"; dot.style.height = s + "px";
      return el("li", {}, dot, n === 0 ? "0 or unknown" : String(n));
    })));
    box.appendChild(el("p", { class: "meta" }, "Numbered circles are clusters of nearby events; zoom in or click to split them."));
  }

  // ============================================================== timeline (timeline.js)
  const renderTimeline = () => R.renderTimeline(state);
  const installBrush = () => R.installBrush(state, applyBrush);

  function applyBrush() {
    const info = document.getElementById("brush-info");
    info.textContent = state.brush ? (state.brush[0] === state.brush[1] ? state.brush[0] : state.brush[0] + " – " + state.brush[1]) : "";
    document.getElementById("brush-clear").hidden = !state.brush;
    state.page = 0;
    renderTimeline();
    renderMap(false);
    renderTable();
  }

  // ============================================================== table
  function sortValue(e, key) {
    const loc = e.location || {};
    switch (key) {
      case "location": return loc.name || "";
      case "country": return countryName(loc.country);
      case "fatalities": return e.fatalities === null || e.fatalities === undefined ? -1 : Number(e.fatalities);
      case "sources": return (e.sources || []).join(", ");
      default: return e[key] === null || e[key] === undefined ? "" : e[key];
    }
  }

  function renderTable() {
    const rows = visibleEvents().slice();
    const { key, dir } = state.sort;
    rows.sort((a, b) => {
      const va = sortValue(a, key), vb = sortValue(b, key);
      const c = typeof va === "number" && typeof vb === "number" ? va - vb : String(va).localeCompare(String(vb));
      return c * dir || String(a.id).localeCompare(String(b.id));
    });
    document.querySelectorAll("#events-table th").forEach((th) => {
      th.setAttribute("aria-sort", th.dataset.sort === key ? (dir > 0 ? "ascending" : "descending") : "none");
    });
    const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
    state.page = Math.min(state.page, pages - 1);
    const tbody = clear(document.querySelector("#events-table tbody"));
    rows.slice(state.page * PAGE_SIZE, (state.page + 1) * PAGE_SIZE).forEach((e) => {
      const loc = e.location || {};
      const cell = (label, attrs, ...kids) => el("td", Object.assign({ "data-label": label }, attrs), ...kids);
      const tr = el("tr", { "data-id": e.id, tabindex: 0 },
        cell("Date", {}, e.date || "—"),
        cell("Type", {}, el("span", { class: "type-badge", "data-type": e.event_type }, e.event_type)),
        cell("Sub-type", {}, e.sub_event_type || ""),
        cell("Actor 1", langAttrs(e.actor1), e.actor1 || ""),
        cell("Actor 2", langAttrs(e.actor2), e.actor2 || ""),
        cell("Location", langAttrs(loc.name), loc.name || ""),
        cell("Country", { title: loc.country || "" }, countryName(loc.country)),
        cell("Fatalities", { class: "num" }, e.fatalities === null || e.fatalities === undefined ? "?" : String(e.fatalities)),
        cell("Sources", {}, (e.sources || []).join(", ")));
      const open = () => { window.location.hash = "#/event/" + encodeURIComponent(e.id); };
      tr.addEventListener("click", open);
      tr.addEventListener("keydown", (ev) => { if (ev.key === "Enter") open(); });
      tbody.appendChild(tr);
    });
    const summary = document.getElementById("events-summary");
    let text = state.total + " events match the filters";
    if (state.stats && state.stats.events === 0) text = "No events are stored yet: ingest articles with `rasd ingest` (or run `rasd demo`)";
    if (state.total > state.events.length) text += " (the first " + state.events.length + " are loaded)";
    if (state.brush) text += "; " + rows.length + " in the selected time range";
    summary.textContent = text + ".";
    const pager = clear(document.getElementById("pager"));
    if (pages > 1) {
      const prev = el("button", { type: "button", disabled: state.page === 0 }, "← previous");
      const next = el("button", { type: "button", disabled: state.page >= pages - 1 }, "next →");
      prev.addEventListener("click", () => { state.page -= 1; renderTable(); });
      next.addEventListener("click", () => { state.page += 1; renderTable(); });
      pager.append(prev, el("span", {}, "page " + (state.page + 1) + " of " + pages), next);
    }
    const query = filterParams(true).toString();
    for (const kind of ["csv", "geojson", "parquet"]) {
      document.getElementById(kind + "-link").setAttribute("href", "/api/events." + kind + "?" + query);
    }
    const active = filterParams(true);
    active.delete("bbox");
    document.getElementById("filters-active").textContent = Array.from(active.keys()).length
      ? "(" + Array.from(active.keys()).length + " active)" : "";
  }

  // ============================================================== loading
  let loadSeq = 0;
  async function loadEvents(fit) {
    const seq = ++loadSeq;
    const params = filterParams(false);
    params.set("limit", String(state.config.max_events));
    try {
      const page = await api("/api/events?" + params.toString());
      if (seq !== loadSeq) return;
      state.events = page.items;
      state.total = page.total;
      state.page = 0;
      status(null);
    } catch (e) {
      status("Could not load events: " + e.message, true);
      return;
    }
    renderLegend();
    renderTimeline();
    renderMap(fit);
    renderTable();
    document.getElementById("view-events").setAttribute("data-loaded", String(seq));
  }

  async function loadStats() {
    try {
      const s = await api("/api/stats");
      state.stats = s;
      const range = s.first_published ? " · " + s.first_published + " – " + s.last_published : "";
      document.getElementById("stats").textContent = s.documents + " articles · " + s.events + " events" + range;
      const select = document.getElementById("f-country");
      const chosen = select.value;
      while (select.options.length > 1) select.remove(1);
      Object.entries(s.countries || {})
        .map(([code, n]) => [code, countryName(code), n])
        .sort((a, b) => a[1].localeCompare(b[1]))
        .forEach(([code, name, n]) => select.appendChild(el("option", { value: code }, name + " (" + n + ")")));
      select.value = chosen;
    } catch (e) {
      status("Could not load statistics: " + e.message, true);
    }
  }

  function initFilters() {
    const typeSelect = document.getElementById("f-type");
    state.config.event_types.forEach((t) => typeSelect.appendChild(el("option", { value: t }, t)));
    const subSelect = document.getElementById("f-sub");
    const fillSubTypes = () => {
      const keep = subSelect.value;
      clear(subSelect).appendChild(el("option", { value: "" }, "all"));
      const types = typeSelect.value ? [typeSelect.value] : state.config.event_types;
      types.forEach((t) => (state.config.sub_event_types[t] || []).forEach((sub) =>
        subSelect.appendChild(el("option", { value: sub }, sub))));
      subSelect.value = Array.from(subSelect.options).some((o) => o.value === keep) ? keep : "";
    };
    fillSubTypes();
    typeSelect.addEventListener("change", fillSubTypes);
    // on a phone the filters start folded, so that the map is on the first screen
    if (window.matchMedia("(max-width: 700px)").matches) document.getElementById("filters-box").open = false;
    const form = document.getElementById("filters");
    form.querySelectorAll("input[pattern]").forEach((input) => input.addEventListener("input", () => {
      const v = input.value.trim();
      input.setAttribute("aria-invalid", v && !isDate(v) ? "true" : "false");
    }));
    form.addEventListener("submit", (e) => { e.preventDefault(); loadEvents(true); });
    form.querySelectorAll("select, input[pattern], input[type=number], input[type=checkbox]").forEach((input) =>
      input.addEventListener("change", () => {
        if (input.hasAttribute("pattern") && input.value.trim() && !isDate(input.value.trim())) return;
        loadEvents(input.type !== "checkbox");
      }));
    let timer = null;
    form.querySelectorAll("input[type=search]").forEach((input) =>
      input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(() => loadEvents(true), 400); }));
    document.getElementById("f-reset").addEventListener("click", () => {
      form.reset(); fillSubTypes(); state.brush = null; applyBrush(); loadEvents(true);
    });
    document.querySelectorAll("#events-table th").forEach((th) => {
      const sortBy = () => {
        const key = th.dataset.sort;
        state.sort = { key, dir: state.sort.key === key ? -state.sort.dir : 1 };
        renderTable();
      };
      th.setAttribute("tabindex", "0");
      th.addEventListener("click", sortBy);
      th.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); sortBy(); } });
    });
  }

  // ============================================================== one event
  async function showEvent(id) {
    const box = clear(document.getElementById("event-detail"));
    box.appendChild(el("p", { class: "meta" }, "loading…"));
    let event;
    try {
      event = await api("/api/events/" + encodeURIComponent(id));
    } catch (e) {
      clear(box).appendChild(el("p", { class: "status error" }, e.status === 404 ? "No event with id " + id : e.message));
      return;
    }
    clear(box);
    const loc = event.location || {};
    const facts = el("dl", { class: "facts" },
      el("dt", {}, "Type"), el("dd", {}, el("span", { class: "type-badge", "data-type": event.event_type }, event.event_type),
        " " + (event.sub_event_type || "")),
      el("dt", {}, "Date"), el("dd", {}, (event.date || "unknown") + (event.time_precision ? " (time precision " + event.time_precision + ")" : "")),
      el("dt", {}, "Actor 1"), el("dd", langAttrs(event.actor1), event.actor1 || "—"),
      el("dt", {}, "Actor 2"), el("dd", langAttrs(event.actor2), event.actor2 || "—"),
      el("dt", {}, "Place"), el("dd", {}, el("span", langAttrs(loc.name), loc.name || "unknown"),
        loc.text ? [" · ", el("span", langAttrs(loc.text), loc.text)] : null,
        loc.country ? " · " + [loc.admin1, countryName(loc.country)].filter(Boolean).join(", ") : "",
        Number.isFinite(loc.lat) ? " (" + loc.lat.toFixed(4) + ", " + loc.lon.toFixed(4) + ", precision " + loc.precision + ")" : ""),
      el("dt", {}, "Fatalities"), el("dd", { class: "fatalities" }, event.fatalities === null || event.fatalities === undefined ? "unknown" : String(event.fatalities)),
      el("dt", {}, "Sources"), el("dd", { class: "sources" }, (event.sources || []).join(", ") || "—"),
      el("dt", {}, "Confidence"), el("dd", {}, event.confidence === undefined ? "—" : Number(event.confidence).toFixed(2)),
      el("dt", {}, "Notes"), el("dd", langAttrs(event.notes), event.notes || "—"),
      el("dt", {}, "Event id"), el("dd", {}, el("code", {}, event.id)));
    box.append(el("div", { class: "detail-head" }, el("h2", {}, event.event_type + " · " + (loc.name || "") + " · " + (event.date || ""))), facts);
    const reports = event.reports || [];
    box.appendChild(el("h3", {}, "Reported by " + reports.length + " article" + (reports.length === 1 ? "" : "s")));
    for (const rep of reports) {
      const card = el("div", { class: "report", "data-document": rep.document },
        el("h3", langAttrs(rep.title), el("a", { href: "#/article/" + encodeURIComponent(rep.document) }, rep.title || rep.document)),
        el("p", { class: "meta" }, [rep.published || "no date", rep.outlet,
          (rep.sources || []).filter((x) => x !== rep.outlet).join(", ")].filter(Boolean).join(" · ")),
        rep.url ? el("p", { class: "meta" }, R.safeLink(rep.url)) : null);
      box.appendChild(card);
      let doc = null;
      try { doc = await api("/api/documents/" + encodeURIComponent(rep.document)); } catch (e) { doc = null; }
      const evidence = { start: rep.start, end: rep.end, kind: "evidence", id: "evidence", cls: "evidence",
        tip: "Evidence for this event" };
      const said = rep.text || (doc && Number.isInteger(rep.start) ? doc.text.slice(rep.start, rep.end) : "");
      card.appendChild(el("blockquote", Object.assign({ class: "evidence-quote" }, langAttrs(said)),
        el("span", { class: "evidence", "data-ann": "evidence" }, said)));
      if (doc) {
        // only the evidence is highlighted here: names, places, dates and quotes stay plain
        const text = R.renderAnnotated(doc.text, R.annotationsOf(doc, [evidence]));
        text.classList.add("hide-quote", "hide-ent", "hide-place", "hide-time", "hide-speaker");
        card.appendChild(el("details", { class: "whole-article" },
          el("summary", {}, "The whole article, the evidence highlighted"), text));
      }
    }
    const first = box.querySelector(".evidence");
    if (first) first.scrollIntoView({ block: "center" });
    box.setAttribute("data-loaded", event.id);
  }

  // ============================================================== articles
  async function showArticles() {
    const q = document.getElementById("search-q").value.trim();
    const list = clear(document.getElementById("articles-list"));
    const summary = document.getElementById("articles-summary");
    try {
      const page = q ? await api("/api/search?" + new URLSearchParams({ q, limit: "100" }))
        : await api("/api/documents?limit=200");
      summary.textContent = q ? page.items.length + " articles match “" + q + "”." : page.total + " articles, newest first.";
      page.items.forEach((d) => list.appendChild(el("li", { "data-id": d.id },
        el("a", Object.assign({ class: "title", href: "#/article/" + encodeURIComponent(d.id) }, langAttrs(d.title)),
          d.title || d.id),
        el("div", { class: "meta" }, [d.published || "no date", d.outlet,
          (d.sources || []).filter((x) => x !== d.outlet).join(", "),
          d.n_events + " event" + (d.n_events === 1 ? "" : "s")].filter(Boolean).join(" · ")),
        d.snippet ? el("div", Object.assign({ class: "snippet" }, langAttrs(d.snippet)), d.snippet) : null)));
    } catch (e) {
      summary.textContent = "";
      status("Could not load articles: " + e.message, true);
    }
  }

  async function showArticle(id) {
    const box = clear(document.getElementById("article-detail"));
    try {
      const doc = await api("/api/documents/" + encodeURIComponent(id));
      box.appendChild(R.renderArticle(doc));
      box.setAttribute("data-loaded", doc.id);
    } catch (e) {
      box.appendChild(el("p", { class: "status error" }, e.status === 404 ? "No article with id " + id : e.message));
    }
  }

  // ============================================================== analyse
  function initAnalyze() {
    const tokenLabel = document.getElementById("token-label");
    tokenLabel.hidden = !state.config.token_required;
    const tokenInput = document.getElementById("analyze-token");
    const sampleSelect = document.getElementById("analyze-sample");
    api("/api/samples").then((samples) => {
      samples.forEach((x) => sampleSelect.appendChild(el("option", { value: x.id }, x.id)));
      document.getElementById("sample-label").hidden = samples.length === 0;
    }).catch(() => { /* no samples: the box still works */ });
    sampleSelect.addEventListener("change", async () => {
      if (!sampleSelect.value) return;
      try {
        const sample = await api("/api/samples/" + encodeURIComponent(sampleSelect.value));
        document.getElementById("analyze-text").value = sample.text;
        document.getElementById("analyze-published").value = sample.published || "";
      } catch (e) { status("Could not load the sample: " + e.message, true); }
    });
    tokenInput.value = sessionStorage.getItem("rasd-token") || "";
    document.getElementById("analyze-form").addEventListener("submit", async (e) => {
      e.preventDefault();
      const out = clear(document.getElementById("analyze-result"));
      const text = document.getElementById("analyze-text").value;
      if (!text.trim()) { out.appendChild(el("p", { class: "status error" }, "Paste an article first.")); return; }
      const body = { text };
      const title = document.getElementById("analyze-title").value.trim();
      const published = document.getElementById("analyze-published").value;
      if (title) body.title = title;
      if (published && !isDate(published)) {
        out.appendChild(el("p", { class: "status error" }, "Published must be a date written YYYY-MM-DD."));
        return;
      }
      if (published) body.published = published;
      if (document.getElementById("analyze-save").checked) body.save = true;
      const headers = { "Content-Type": "application/json" };
      if (tokenInput.value) { headers.Authorization = "Bearer " + tokenInput.value; sessionStorage.setItem("rasd-token", tokenInput.value); }
      const button = document.getElementById("analyze-button");
      button.disabled = true;
      out.appendChild(el("p", { class: "meta" }, "analysing…"));
      try {
        const doc = await api("/api/analyze", { method: "POST", headers, body: JSON.stringify(body) });
        clear(out);
        if (doc.ingest) {
          const stored = doc.ingest.added ? "Stored in the database" : "Already in the database";
          out.appendChild(el("p", { class: "status saved" }, stored + ": " + doc.ingest.events + " event report" +
            (doc.ingest.events === 1 ? "" : "s") + ". ", el("a", { href: "#/article/" + encodeURIComponent(doc.id) }, "Open it")));
          loadStats();
          if (state.map) loadEvents(false);
        }
        out.appendChild(R.renderArticle(doc));
        out.setAttribute("data-loaded", doc.id);
      } catch (err) {
        let message = err.message;
        if (err.status === 401) { tokenLabel.hidden = false; message = "This server needs the API token: " + message; }
        if (err.status === 413) message = "The article is too long for this server: " + message;
        clear(out).appendChild(el("p", { class: "status error" }, message));
      } finally {
        button.disabled = false;
      }
    });
  }

  // ============================================================== router
  function route() {
    const hash = window.location.hash || "#/events";
    const [, view, ...rest] = hash.split("/");
    const arg = decodeURIComponent(rest.join("/"));
    const name = ["events", "event", "articles", "article", "analyze"].includes(view) ? view : "events";
    document.querySelectorAll("section.view").forEach((s) => { s.hidden = s.dataset.view !== name; });
    const nav = { event: "events", article: "articles" }[name] || name;
    document.querySelectorAll("[data-nav]").forEach((a) => a.classList.toggle("active", a.dataset.nav === nav));
    status(null);
    if (name === "events") {
      const first = !state.map;
      initMap();
      state.map.invalidateSize();
      if (first) loadEvents(true);
    } else if (name === "event") showEvent(arg);
    else if (name === "articles") showArticles();
    else if (name === "article") showArticle(arg);
  }

  async function start() {
    R.installTooltip();
    try {
      state.config = await api("/api/config");
    } catch (e) {
      status("The API is not answering: " + e.message, true);
      return;
    }
    initFilters();
    installBrush();
    initAnalyze();
    document.getElementById("search-form").addEventListener("submit", (e) => { e.preventDefault(); showArticles(); });
    window.addEventListener("hashchange", route);
    window.addEventListener("resize", () => { if (state.events.length) renderTimeline(); });
    await loadStats();
    route();
    document.body.setAttribute("data-ready", "1");
  }

  document.addEventListener("DOMContentLoaded", start);
})();
