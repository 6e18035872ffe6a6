// explore.js: the dyad explorer — a trend chart of one or two dyads, the
// events of a chosen period, and the sentences of a chosen event.
import { getJSON, el, day, fmtNum, keyLabel, showError, latestDate, daysBefore } from './api.js';
import { periodsBetween, periodEnd, periodLabel } from './periods.js';
import { drawChart, colorFor } from './chart.js';
import { showEvent } from './detail.js';
import { resolve } from './typeahead.js';

const form = () => document.getElementById('explore-form');
const FIELDS = ['source', 'target', 'source2', 'target2', 'split', 'topic', 'interval', 'since', 'until'];

// state of the current chart: its periods and what each series shows.
let current = null;
let eventsQuery = null;

export function initExplore(navigate) {
  form().addEventListener('submit', async e => {
    e.preventDefault();
    const f = form();
    try {
      const p = {};
      for (const k of FIELDS) p[k] = f.elements[k].value.trim();
      for (const k of ['source', 'target', 'source2', 'target2']) p[k] = await resolve(p[k]);
      navigate('/', p);
    } catch (err) {
      showError(err);
    }
  });
  document.getElementById('period').addEventListener('change', e => {
    if (e.target.value !== '') selectPeriod(Number(e.target.value), null);
  });
  document.getElementById('events-more').addEventListener('click', () => loadEvents(true).catch(showError));
}

function dyadLabel(d) {
  return `${d.source || 'anyone'} → ${d.target || 'anyone'}`;
}

// showExplore draws the chart for the parameters of the page's address.
export async function showExplore(p, navigate) {
  const f = form();
  const defaults = { split: 'quad', interval: 'month' };
  for (const k of FIELDS) f.elements[k].value = p[k] || defaults[k] || '';
  if (!p.source && !p.target) {
    // First visit: show the most active dyad of the last 90 days of data.
    const last = await latestDate();
    const { dyads } = await getJSON('api/dyads/top', { limit: 1, since: last && daysBefore(last, 89), until: last });
    if (dyads.length) {
      navigate('/', { source: dyads[0].source, target: dyads[0].target, split: 'quad' }, true);
      return;
    }
    document.getElementById('chart').textContent = 'The store holds no events yet.';
    return;
  }
  const split = p.split || 'quad';
  const interval = p.interval || 'month';
  const dyads = [{ source: p.source, target: p.target }];
  if (p.source2 || p.target2) dyads.push({ source: p.source2, target: p.target2, dash: [6, 4] });
  const trends = await Promise.all(dyads.map(d => getJSON('api/trend', {
    source: d.source, target: d.target, split, interval, since: p.since, until: p.until, topic: p.topic,
  })));
  let first = null, last = null;
  for (const t of trends) for (const pt of t.points) {
    const d = new Date(pt.period);
    if (!first || d < first) first = d;
    if (!last || d > last) last = d;
  }
  const title = dyads.map(dyadLabel).join(' and ');
  document.getElementById('chart-title').textContent = `Events per ${interval}: ${title}`;
  const chartEl = document.getElementById('chart');
  current = null;
  if (!first) {
    if (chartEl._chart) { chartEl._chart.destroy(); chartEl._chart = null; }
    chartEl.textContent = `No dated events for ${title}.`;
    fillPeriods([], interval, []);
  } else {
    const periods = periodsBetween(first, last, interval);
    const index = new Map(periods.map((d, i) => [d.getTime(), i]));
    const series = [];
    dyads.forEach((d, di) => {
      const keys = [...new Set(trends[di].points.map(pt => pt.key))].sort();
      keys.forEach((key, ki) => {
        const values = new Array(periods.length).fill(0);
        for (const pt of trends[di].points) if (pt.key === key) values[index.get(new Date(pt.period).getTime())] = pt.events;
        const label = split === 'none' ? dyadLabel(d) : `${dyadLabel(d)} · ${keyLabel(split, key)}`;
        series.push({ label, values, color: colorFor(split, key, ki), dash: d.dash, dyad: d, key });
      });
    });
    current = { periods, series, split, interval, dyads, topic: p.topic || '' };
    drawChart(chartEl, periods.map(d => d.getTime() / 1000), series, selectPeriod);
    chartEl.setAttribute('aria-label', `Line chart of events per ${interval} from ${periodLabel(first, interval)} to ${periodLabel(last, interval)}: ${title}`);
    fillPeriods(periods, interval, series);
  }
  window.dyad = Object.assign(window.dyad || {}, { chart: chartEl._chart, explore: current });
  // Until a point is chosen, list the events of the latest period.
  if (current) {
    await selectPeriod(current.periods.length - 1, null);
    return;
  }
  eventsQuery = { source: dyads[0].source, target: dyads[0].target, since: p.since, until: p.until, limit: 50 };
  if (!await loadEvents(false)) return;
  document.getElementById('events-title').textContent = `Latest events: ${dyadLabel(dyads[0])}`;
}

function fillPeriods(periods, interval, series) {
  const sel = document.getElementById('period');
  sel.textContent = '';
  sel.append(el('option', { value: '' }, '—'));
  periods.forEach((d, i) => {
    const total = series.reduce((n, s) => n + s.values[i], 0);
    sel.append(el('option', { value: i }, `${periodLabel(d, interval)} (${total})`));
  });
}

// selectPeriod lists the events of period idx for series si (null: the
// first dyad, whatever its split key).
export async function selectPeriod(idx, si) {
  if (!current) return;
  const { periods, series, split, interval, dyads } = current;
  const s = si === null ? null : series[si];
  const d = s ? s.dyad : dyads[0];
  const start = periods[idx];
  eventsQuery = {
    source: d.source, target: d.target, topic: current.topic,
    since: day(start), until: day(periodEnd(start, interval)), limit: 50,
  };
  let what = dyadLabel(d);
  if (s && split === 'root') { eventsQuery.root = s.key; what += ' · ' + keyLabel(split, s.key); }
  if (s && split === 'quad') { eventsQuery.quad = s.key; what += ' · ' + keyLabel(split, s.key); }
  if (s && split === 'topic') { eventsQuery.topic = s.key; what += ' · ' + keyLabel(split, s.key); }
  else if (current.topic) what += ' · ' + current.topic.toUpperCase();
  document.getElementById('period').value = String(idx);
  try {
    if (!await loadEvents(false)) return;
    document.getElementById('events-title').textContent = `Events: ${what} · ${periodLabel(start, interval)}`;
    showError(null);
  } catch (err) {
    showError(err);
  }
}

let nextCursor = '';
let loadSeq = 0;

// loadEvents fills the event table from eventsQuery (more: the next page).
// It returns false when a later call overtook it, whose answer then stands.
async function loadEvents(more) {
  const seq = ++loadSeq;
  const table = document.getElementById('events');
  const tbody = table.querySelector('tbody');
  const q = Object.assign({}, eventsQuery, more ? { cursor: nextCursor } : {});
  table.setAttribute('aria-busy', 'true');
  let page;
  try {
    page = await getJSON('api/events', q);
  } finally {
    if (seq === loadSeq) table.removeAttribute('aria-busy');
  }
  if (seq !== loadSeq) return false;
  if (!more) tbody.textContent = '';
  for (const ev of page.events) tbody.append(eventRow(ev));
  if (!more && !page.events.length) {
    tbody.append(el('tr', {}, el('td', { colspan: 7, class: 'empty' }, 'No events.')));
  }
  nextCursor = page.next || '';
  document.getElementById('events-more').hidden = !nextCursor;
  return true;
}

function eventRow(ev) {
  const text = ev.mention && ev.mention.text || '';
  const short = text.length > 160 ? text.slice(0, 157) + '…' : text;
  const open = async () => {
    for (const r of document.querySelectorAll('#events tr.selected')) r.classList.remove('selected');
    row.classList.add('selected');
    try {
      await showEvent(document.getElementById('detail'), ev.id);
      showError(null);
    } catch (err) {
      showError(err);
    }
  };
  const row = el('tr', { 'data-event': ev.id },
    el('td', { class: 'nowrap' }, day(ev.date)),
    el('td', {}, el('a', { href: '#/actor/' + encodeURIComponent(ev.source) }, ev.source)),
    el('td', {}, el('a', { href: '#/actor/' + encodeURIComponent(ev.target) }, ev.target)),
    el('td', {}, el('span', { class: 'code' }, ev.code), ' ', ev.name || ''),
    el('td', { class: 'num' }, fmtNum(ev.goldstein, 1)),
    el('td', { class: 'num' }, ev.num_mentions),
    el('td', {}, el('button', { type: 'button', class: 'linkish', onclick: open, 'aria-label': `Show sentences of event ${ev.id}: ${short}` }, short)));
  return row;
}
