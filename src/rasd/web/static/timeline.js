/* rasd page, the timeline: events per day, week or month (whichever keeps a bar at least
 * 4 px wide), stacked by type, with a brush that selects a time range (whole bins). */
"use strict";

(function () {
  const R = window.Rasd;
  const { clear } = R;
  const DAY = 86400000;
  const dayNum = (d) => Math.floor(Date.parse(d + "T00:00:00Z") / DAY);
  const dayStr = (n) => new Date(n * DAY).toISOString().slice(0, 10);

  function renderTimeline(state) {
    const svg = document.getElementById("timeline");
    clear(svg);
    const NS = "http://www.w3.org/2000/svg";
    const mk = (tag, attrs, text) => {
      const n = document.createElementNS(NS, tag);
      for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
      if (text !== undefined) n.appendChild(document.createTextNode(text));
      return n;
    };
    const dated = state.events.filter((e) => e.date);
    const width = svg.clientWidth || 800, height = svg.clientHeight || 150;
    const padL = 30, padR = 10, padT = 8, padB = 22;
    svg.setAttribute("viewBox", "0 0 " + width + " " + height);
    if (!dated.length) {
      svg.appendChild(mk("text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "axis" }, "no dated events"));
      state.timeline = null;
      return;
    }
    let first = Infinity, last = -Infinity;
    dated.forEach((e) => { const d = dayNum(e.date); first = Math.min(first, d); last = Math.max(last, d); });
    // bins of a day, a week (from Monday) or a month, whichever keeps a bar at least 4 px wide
    const plot = width - padL - padR;
    const span = last - first + 3;
    const unit = plot / span >= 4 ? "day" : (plot / span) * 7 >= 4 ? "week" : "month";
    const binStart = (d) => {
      if (unit === "day") return d;
      if (unit === "week") return d - ((new Date(d * DAY).getUTCDay() + 6) % 7);
      const t = new Date(d * DAY);
      return Math.floor(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), 1) / DAY);
    };
    const binEnd = (b) => {
      if (unit === "day") return b;
      if (unit === "week") return b + 6;
      const t = new Date(b * DAY);
      return Math.floor(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 1) / DAY) - 1;
    };
    first = binStart(first) - (unit === "day" ? 1 : 0);
    last = binEnd(binStart(last)) + (unit === "day" ? 1 : 0);
    const perBin = new Map();
    dated.forEach((e) => {
      const b = binStart(dayNum(e.date));
      const row = perBin.get(b) || {};
      row[e.event_type] = (row[e.event_type] || 0) + 1;
      perBin.set(b, row);
    });
    const days = last - first + 1;
    const slot = plot / days;
    let maxN = 1;
    perBin.forEach((row) => { maxN = Math.max(maxN, Object.values(row).reduce((a, b) => a + b, 0)); });
    const yScale = (height - padT - padB) / maxN;
    const x = (d) => padL + (d - first) * slot;
    state.timeline = { first, last, slot, padL, width, unit };
    svg.setAttribute("data-bin", unit);
    document.getElementById("timeline-title").textContent = "Events per " + unit;
    svg.appendChild(mk("line", { x1: padL, x2: width - padR, y1: height - padB, y2: height - padB, class: "baseline" }));
    svg.appendChild(mk("text", { x: padL - 4, y: padT + 8, "text-anchor": "end", class: "axis" }, String(maxN)));
    const types = R.TYPE_ORDER.concat(Array.from(new Set(dated.map((e) => e.event_type))).filter((t) => !R.TYPE_ORDER.includes(t)));
    const inBrush = (b) => !state.brush || (dayStr(binEnd(b)) >= state.brush[0] && dayStr(b) <= state.brush[1]);
    const label = (b) => unit === "month" ? dayStr(b).slice(0, 7) : unit === "week" ? "week of " + dayStr(b) : dayStr(b);
    perBin.forEach((row, b) => {
      let y = height - padB;
      const w = (binEnd(b) - b + 1) * slot;
      types.forEach((t) => {
        const n = row[t];
        if (!n) return;
        const h = n * yScale;
        y -= h;
        const rect = mk("rect", { x: x(b) + w * 0.08, y: y, width: Math.max(1, w * 0.84), height: h,
          fill: R.color(t), class: "bar" + (inBrush(b) ? "" : " out"), "data-day": dayStr(b), "data-end": dayStr(binEnd(b)),
          "data-type": t, "data-n": n });
        rect.appendChild(mk("title", {}, label(b) + " · " + t + ": " + n));
        svg.appendChild(rect);
      });
    });
    // axis labels at bin starts, far enough apart to be read
    const every = Math.max(1, Math.ceil(80 / Math.max(1, (unit === "day" ? 1 : unit === "week" ? 7 : 30.4) * slot)));
    let k = 0;
    for (let b = binStart(first + (unit === "day" ? 1 : 0)); b <= last; b = binEnd(b) + 1, k += 1) {
      if (k % every) continue;
      const text = unit === "month" ? dayStr(b).slice(0, 7) : dayStr(b);
      svg.appendChild(mk("text", { x: x(b) + ((binEnd(b) - b + 1) * slot) / 2, y: height - 6, "text-anchor": "middle", class: "axis" }, text));
    }
    if (state.brush) {
      const a = dayNum(state.brush[0]), b = dayNum(state.brush[1]);
      svg.appendChild(mk("rect", { x: x(a), y: padT, width: (b - a + 1) * slot, height: height - padT - padB, class: "brush" }));
    }
  }

  function installBrush(state, applyBrush) {
    const svg = document.getElementById("timeline");
    let start = null, live = null;
    const dayAt = (clientX) => {
      const t = state.timeline;
      const r = svg.getBoundingClientRect();
      const px = (clientX - r.left) * (t.width / r.width);
      return Math.max(t.first, Math.min(t.last, t.first + Math.floor((px - t.padL) / t.slot)));
    };
    svg.addEventListener("pointerdown", (e) => {
      if (!state.timeline) return;
      start = dayAt(e.clientX);
      svg.setPointerCapture(e.pointerId);
      e.preventDefault();
    });
    svg.addEventListener("pointermove", (e) => {
      if (start === null) return;
      const d = dayAt(e.clientX);
      live = [Math.min(start, d), Math.max(start, d)];
      state.brush = [dayStr(live[0]), dayStr(live[1])];
      renderTimeline(state);
    });
    const finish = (e) => {
      if (start === null) return;
      const d = dayAt(e.clientX);
      state.brush = [dayStr(Math.min(start, d)), dayStr(Math.max(start, d))];
      const t = state.timeline;
      if (t && t.unit !== "day") {  // a week or month bin is taken whole
        const bars = Array.from(svg.querySelectorAll("rect.bar"));
        const lo = bars.filter((r) => r.dataset.end >= state.brush[0]).map((r) => r.dataset.day).sort()[0];
        const hi = bars.filter((r) => r.dataset.day <= state.brush[1]).map((r) => r.dataset.end).sort().pop();
        if (lo && hi && lo <= hi) state.brush = [lo, hi];
      }
      start = null; live = null;
      applyBrush();
    };
    svg.addEventListener("pointerup", finish);
    svg.addEventListener("pointercancel", () => { start = null; });
    document.getElementById("brush-clear").addEventListener("click", () => { state.brush = null; applyBrush(); });
  }

  R.renderTimeline = renderTimeline;
  R.installBrush = installBrush;
})();
