// chart.js: line charts of trend series with uPlot.

const PALETTE = ['#1f6fb2', '#c0392b', '#2e8b57', '#8e44ad', '#d35400', '#16a085', '#7f8c8d',
  '#b8860b', '#2c3e50', '#e84393', '#6c5ce7', '#00838f', '#a0522d', '#558b2f', '#5d4037',
  '#0097a7', '#9e9d24', '#ad1457', '#283593', '#4e342e'];
const QUAD_COLORS = { '1': '#2e7d32', '2': '#1565c0', '3': '#ef6c00', '4': '#c62828' };

export function colorFor(split, key, i) {
  if (split === 'quad' && QUAD_COLORS[key]) return QUAD_COLORS[key];
  return PALETTE[i % PALETTE.length];
}

// drawChart draws series ({label, values, color, dash}) over xs (unix
// seconds) into el, replacing any chart there. onPick(idx, seriesIndex) is
// called when a point is clicked: the period under the cursor and the series
// whose line is nearest to it.
export function drawChart(el, xs, series, onPick) {
  if (el._chart) el._chart.destroy();
  el.textContent = '';
  const width = Math.max(320, el.clientWidth || 800);
  const opts = {
    width,
    height: 320,
    scales: { x: { time: true }, y: { range: (u, min, max) => [0, Math.max(1, max * 1.08)] } },
    axes: [
      { stroke: '#444', grid: { stroke: '#eee' } },
      { stroke: '#444', grid: { stroke: '#eee' }, size: 56, values: (u, vals) => vals.map(v => Number.isInteger(v) ? v : '') },
    ],
    series: [{ label: 'Period', value: (u, v) => v == null ? '' : new Date(v * 1000).toISOString().slice(0, 10) }].concat(series.map(s => ({
      label: s.label,
      stroke: s.color,
      width: 2,
      dash: s.dash,
      points: { show: true, size: 5, fill: s.color },
      value: (u, v) => v == null ? '' : v,
    }))),
    cursor: { focus: { prox: 24 }, drag: { x: false, y: false } },
    focus: { alpha: 0.35 },
    legend: { live: true },
  };
  const data = [xs, ...series.map(s => s.values)];
  const u = new uPlot(opts, data, el);
  el._chart = u;
  u.over.addEventListener('click', () => {
    const idx = u.cursor.idx;
    if (idx == null) return;
    let best = -1, bestDist = Infinity;
    for (let s = 1; s < u.series.length; s++) {
      if (!u.series[s].show) continue;
      const v = u.data[s][idx];
      if (v == null) continue;
      const d = Math.abs(u.valToPos(v, 'y') - u.cursor.top);
      if (d < bestDist) { bestDist = d; best = s; }
    }
    if (best > 0) onPick(idx, best - 1);
  });
  if (!el._resize) {
    el._resize = true;
    let timer;
    window.addEventListener('resize', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (el._chart && el.clientWidth) el._chart.setSize({ width: el.clientWidth, height: 320 });
      }, 150);
    });
  }
  return u;
}
