/* rasd page, part 1: safe DOM helpers, the API client, and the annotated article renderer.
 *
 * Every piece of text from the server (article text, titles, actors, notes) is put in the page
 * with textContent / createTextNode, never as HTML, so markup inside an article stays inert.
 */
"use strict";

window.Rasd = (function () {
  const TYPE_ORDER = [
    "Battles", "Explosions/Remote violence", "Violence against civilians",
    "Protests", "Riots", "Strategic developments",
  ];
  const TYPE_COLORS = {
    "Battles": "#d62728", "Explosions/Remote violence": "#ff7f0e", "Violence against civilians": "#9467bd",
    "Protests": "#2ca02c", "Riots": "#8c564b", "Strategic developments": "#1f77b4",
  };
  const OTHER_COLOR = "#7f7f7f";
  const ARABIC = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;

  function color(type) { return TYPE_COLORS[type] || OTHER_COLOR; }

  /** el("a", {href: x, class: "c"}, "text", child) — attributes via setAttribute, children as text nodes. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key.startsWith("on")) throw new Error("event handlers go through addEventListener");
      node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

  /** dir/lang attributes for a piece of text: RTL Arabic where the text is Arabic. */
  function langAttrs(text) {
    return ARABIC.test(text || "") ? { dir: "rtl", lang: "ar" } : { dir: "auto" };
  }

  /** A link only for http(s) URLs; anything else is shown as text. */
  function safeLink(url, label) {
    try {
      const u = new URL(url, window.location.href);
      if (u.protocol === "http:" || u.protocol === "https:") {
        return el("a", { href: u.href, rel: "noopener noreferrer nofollow", target: "_blank" }, label || url);
      }
    } catch (e) { /* not a URL */ }
    return el("span", {}, label || url);
  }

  // ----------------------------------------------------------------------- status line
  function status(message, isError) {
    const box = document.getElementById("status");
    if (!message) { box.hidden = true; return; }
    box.textContent = message;
    box.className = "status" + (isError ? " error" : "");
    box.hidden = false;
  }

  // ----------------------------------------------------------------------- API client
  class ApiError extends Error {
    constructor(status, message) { super(message); this.status = status; }
  }

  async function api(path, options) {
    let response;
    try {
      response = await fetch(path, options);
    } catch (e) {
      throw new ApiError(0, "the server cannot be reached (" + e.message + ")");
    }
    const type = response.headers.get("content-type") || "";
    const body = type.includes("json") ? await response.json() : await response.text();
    if (!response.ok) {
      let detail = body && body.detail !== undefined ? body.detail : body;
      if (Array.isArray(detail)) detail = detail.map((d) => (d.loc || []).join(".") + ": " + d.msg).join("; ");
      throw new ApiError(response.status, "HTTP " + response.status + ": " + detail);
    }
    return body;
  }

  // ----------------------------------------------------------------------- tooltip
  function installTooltip() {
    const tip = document.getElementById("tip");
    document.addEventListener("mouseover", (e) => {
      const target = e.target.closest && e.target.closest("[data-tip]");
      if (!target) { tip.hidden = true; return; }
      const parts = [];
      for (let n = target; n && n.getAttribute; n = n.parentElement) {
        if (n.hasAttribute("data-tip")) parts.push(n.getAttribute("data-tip"));
        if (n.classList && n.classList.contains("article-text")) break;
      }
      tip.textContent = parts.join("\n");
      tip.hidden = false;
      const r = target.getBoundingClientRect();
      tip.style.left = Math.max(4, Math.min(window.innerWidth - 370, r.left)) + "px";
      tip.style.top = (r.bottom + 6) + "px";
    });
    document.addEventListener("scroll", () => { tip.hidden = true; }, true);
  }

  // ----------------------------------------------------------------------- annotations
  const KIND_ORDER = { evidence: 0, quote: 1, speaker: 2, place: 3, ent: 4, time: 5 };

  /** The annotation layers of a document dict (contract JSON). */
  function annotationsOf(doc, extra, withEvents) {
    const anns = [];
    if (withEvents) {
      (doc.events || []).forEach((e, i) => {
        const ev = e.evidence || {};
        anns.push({ start: ev.start, end: ev.end, kind: "evidence", id: "ev" + i, cls: "evidence",
          tip: "Evidence of event " + (i + 1) + ": " + e.event_type + " · " + (e.date || "no date") +
            (e.location ? " · " + e.location.name : "") });
      });
    }
    (doc.quotes || []).forEach((q, i) => {
      const sp = q.speaker;
      const who = sp ? (sp.canonical || sp.text) + (sp.role ? " (" + sp.role + ")" : "") : "unknown speaker";
      anns.push({ start: q.start, end: q.end, kind: "quote", id: "q" + i,
        cls: "quote" + (q.direct ? "" : " indirect"),
        tip: (q.direct ? "Direct quote" : "Reported speech") + " · speaker: " + who + (q.cue ? " · cue: " + q.cue : "") });
      if (sp && sp.start !== null && sp.start !== undefined && sp.end > sp.start) {
        anns.push({ start: sp.start, end: sp.end, kind: "speaker", id: "s" + i, cls: "speaker", tip: "Speaker of quote " + (i + 1) });
      }
    });
    (doc.entities || []).forEach((e, i) => {
      anns.push({ start: e.start, end: e.end, kind: "ent", id: "e" + i, cls: "ent ent-" + (e.type || "MISC"),
        tip: "Entity " + (e.type || "MISC") + (e.canonical ? " · " + e.canonical : "") + (e.id ? " · " + e.id : "") });
    });
    (doc.times || []).forEach((t, i) => {
      anns.push({ start: t.start, end: t.end, kind: "time", id: "t" + i, cls: "time",
        tip: "Date · resolved: " + (t.value || "unresolved") });
    });
    (doc.places || []).forEach((p, i) => {
      anns.push({ start: p.start, end: p.end, kind: "place", id: "p" + i, cls: "place",
        tip: "Place · " + p.name + (p.admin1 ? ", " + p.admin1 : "") + ", " + p.country +
          " (" + Number(p.lat).toFixed(3) + ", " + Number(p.lon).toFixed(3) + ")" });
    });
    return anns.concat(extra || []);
  }

  /** Render ``text`` with annotations as nested spans (text nodes only; overlaps are split). */
  function renderAnnotated(text, anns) {
    const valid = anns.filter((a) => Number.isInteger(a.start) && Number.isInteger(a.end) &&
      a.start >= 0 && a.end <= text.length && a.start < a.end);
    const cuts = new Set([0, text.length]);
    valid.forEach((a) => { cuts.add(a.start); cuts.add(a.end); });
    const points = Array.from(cuts).sort((a, b) => a - b);
    const container = el("div", Object.assign({ class: "article-text" }, langAttrs(text)));
    for (let i = 0; i < points.length - 1; i++) {
      const from = points[i], to = points[i + 1];
      const active = valid.filter((a) => a.start <= from && to <= a.end)
        .sort((a, b) => (KIND_ORDER[a.kind] - KIND_ORDER[b.kind]) || (b.end - b.start) - (a.end - a.start));
      let node = document.createTextNode(text.slice(from, to));
      for (let k = active.length - 1; k >= 0; k--) {
        const a = active[k];
        const wrap = el("span", { class: a.cls, "data-ann": a.id, "data-tip": a.tip });
        if (a.start === from) wrap.setAttribute("data-first", "");
        wrap.appendChild(node);
        node = wrap;
      }
      container.appendChild(node);
    }
    return container;
  }

  function legendToggles(target) {
    const kinds = [
      ["ent", "Entities", "ent ent-PER"], ["quote", "Quotes", "quote"], ["speaker", "Speakers", "speaker"],
      ["time", "Dates", "time"], ["place", "Places", "place"], ["evidence", "Event evidence", "evidence"],
    ];
    return el("div", { class: "ann-legend" }, kinds.map(([kind, label, cls]) => {
      const box = el("input", { type: "checkbox", checked: true, "data-kind": kind });
      box.addEventListener("change", () => target.classList.toggle("hide-" + kind, !box.checked));
      return el("label", {}, box, el("span", { class: "lg " + cls }, label));
    }));
  }

  function evidenceButton(body, i) {
    const button = el("button", { type: "button", class: "link-button" }, "show evidence");
    button.addEventListener("click", () => {
      const first = body.querySelector('[data-ann="ev' + i + '"]');
      if (!first) return;
      body.classList.remove("hide-evidence");
      const toggle = body.parentElement && body.parentElement.querySelector('input[data-kind="evidence"]');
      if (toggle) toggle.checked = true;
      first.scrollIntoView({ block: "center" });
      body.querySelectorAll('[data-ann="ev' + i + '"]').forEach((n) => {
        n.classList.add("flash");
        setTimeout(() => n.classList.remove("flash"), 1500);
      });
    });
    return button;
  }

  function panel(title, items, cls) {
    const list = items.length ? el("ul", {}, items) : el("p", { class: "meta" }, "none found");
    return el("div", { class: "panel " + (cls || "") }, el("h3", {}, title + " (" + items.length + ")"), list);
  }

  /** The full article view: header, legend, annotated text and side panels. */
  function renderArticle(doc, options) {
    const opts = options || {};
    const text = doc.text || "";
    const head = el("div", { class: "detail-head" },
      el("h2", langAttrs(doc.title || ""), doc.title || "(untitled)"),
      el("p", { class: "meta" },
        [doc.published ? "Published " + doc.published : "No publication date",
          doc.outlet ? " · " + doc.outlet : "",
          (doc.sources || []).length ? " · Sources: " + doc.sources.join(", ") : "",
          doc.dateline && (doc.dateline.place || doc.dateline.source)
            ? " · Dateline: " + [doc.dateline.place, doc.dateline.source].filter(Boolean).join(" - ") : "",
          " · id " + doc.id].join("")),
      doc.url ? el("p", { class: "meta" }, safeLink(doc.url)) : null);
    const body = renderAnnotated(text, annotationsOf(doc, opts.extra, true));
    const wrap = el("div", { class: "article-main" }, legendToggles(body), body);

    const surface = (s) => text.slice(s.start, s.end);
    const entities = (doc.entities || []).map((e) =>
      el("li", { class: "entity-item", "data-type": e.type },
        el("span", { class: "ent ent-" + e.type }, el("span", langAttrs(surface(e)), surface(e))),
        " ", el("small", {}, e.type + (e.canonical ? " · " + e.canonical : ""))));
    const quotes = (doc.quotes || []).map((q) => {
      const sp = q.speaker;
      return el("li", { class: "quote-item" },
        el("strong", { class: "quote-speaker" }, sp ? (sp.canonical || sp.text) : "unknown speaker"),
        sp && sp.role ? el("small", {}, " (" + sp.role + ")") : null,
        el("small", {}, " " + (q.direct ? "said" : "reported") + (q.cue ? " [" + q.cue + "]" : "") + ": "),
        el("span", Object.assign({ class: "quote" + (q.direct ? "" : " indirect") }, langAttrs(surface(q))), surface(q)));
    });
    const times = (doc.times || []).map((t) =>
      el("li", { class: "time-item" }, el("span", Object.assign({ class: "time" }, langAttrs(surface(t))), surface(t)),
        " → ", el("code", {}, t.value || "unresolved")));
    const places = (doc.places || []).map((p) =>
      el("li", { class: "place-item" }, el("span", Object.assign({ class: "place" }, langAttrs(surface(p))), surface(p)),
        " → " + p.name + ", " + p.country + " (" + Number(p.lat).toFixed(3) + ", " + Number(p.lon).toFixed(3) + ")"));
    const eventIds = doc.event_ids || [];
    const events = (doc.events || []).map((e, i) =>
      el("li", { class: "event-item" },
        el("span", { class: "type-badge", "data-type": e.event_type }, e.event_type),
        " " + (e.sub_event_type || "") + " · " + (e.date || "no date") +
          (e.location ? " · " + e.location.name : "") + (e.fatalities !== null && e.fatalities !== undefined ? " · " + e.fatalities + " killed" : ""),
        " ", evidenceButton(body, i),
        eventIds[i] ? [" ", el("a", { href: "#/event/" + encodeURIComponent(eventIds[i]) }, "open event")] : null));
    const side = el("div", { class: "article-side" },
      panel("Events", events, "events-panel"), panel("Quotes", quotes, "quotes-panel"),
      panel("Entities", entities, "entities-panel"), panel("Dates", times, "times-panel"),
      panel("Places", places, "places-panel"));
    return el("div", { class: "article-view" }, head, el("div", { class: "article-layout" }, wrap, side));
  }

  return {
    TYPE_ORDER, TYPE_COLORS, color, el, clear, langAttrs, safeLink, status, api, ApiError,
    installTooltip, annotationsOf, renderAnnotated, renderArticle,
  };
})();
