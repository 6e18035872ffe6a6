// actor.js: one actor — whom it acts on, who acts on it, and both over time.
import { getJSON, el, fmtNum, showError } from './api.js';
import { periodsBetween } from './periods.js';
import { drawChart } from './chart.js';
import { resolve } from './typeahead.js';

export function initActor(navigate) {
  document.getElementById('actor-form').addEventListener('submit', async e => {
    e.preventDefault();
    try {
      const code = await resolve(e.target.elements.code.value);
      if (code) navigate('/actor/' + encodeURIComponent(code), {});
    } catch (err) {
      showError(err);
    }
  });
}

function partnerRows(tbody, partners, explore, label) {
  tbody.textContent = '';
  for (const p of partners) {
    tbody.append(el('tr', {},
      el('td', {}, el('a', { href: '#/actor/' + encodeURIComponent(p.code) }, p.code), ' ',
        el('a', { href: explore(p.code), class: 'small', 'aria-label': 'Chart ' + label(p.code) }, '(chart)')),
      el('td', { class: 'num' }, fmtNum(p.events)),
      el('td', { class: 'num' }, fmtNum(p.goldstein, 2))));
  }
  if (!partners.length) tbody.append(el('tr', {}, el('td', { colspan: 3, class: 'empty' }, 'None.')));
}

function note(id, n) {
  // n is how many latest events the server ranked from; 0 means all of them.
  document.getElementById(id).textContent = n ? `Ranked from the latest ${fmtNum(n)} events.` : 'Ranked over all events.';
}

export async function showActor(code, p) {
  const body = document.getElementById('actor-body');
  const f = document.getElementById('actor-form');
  if (!code) { body.hidden = true; f.elements.code.focus(); return; }
  f.elements.code.value = code;
  const v = await getJSON('api/actors/' + encodeURIComponent(code), { since: p.since, until: p.until, interval: p.interval });
  body.hidden = false;
  const name = v.actor.name ? `${v.actor.code} — ${v.actor.name}` : v.actor.code;
  document.getElementById('actor-h').textContent = name;
  document.getElementById('actor-chart-title').textContent =
    `Events per ${v.interval} with ${v.actor.code} as source (${fmtNum(v.actor.as_source)} mentions) and as target (${fmtNum(v.actor.as_target)})`;
  const all = [...v.as_source, ...v.as_target].map(pt => new Date(pt.period));
  const chartEl = document.getElementById('actor-chart');
  if (all.length) {
    const first = new Date(Math.min(...all)), last = new Date(Math.max(...all));
    const periods = periodsBetween(first, last, v.interval);
    const index = new Map(periods.map((d, i) => [d.getTime(), i]));
    const values = pts => {
      const out = new Array(periods.length).fill(0);
      for (const pt of pts) out[index.get(new Date(pt.period).getTime())] = pt.events;
      return out;
    };
    drawChart(chartEl, periods.map(d => d.getTime() / 1000), [
      { label: `${v.actor.code} acts`, values: values(v.as_source), color: '#1f6fb2' },
      { label: `${v.actor.code} is acted on`, values: values(v.as_target), color: '#c0392b', dash: [6, 4] },
    ], () => {});
  } else {
    chartEl.textContent = 'No dated events.';
  }
  const explore = (src, tgt) => '#/?' + new URLSearchParams({ source: src, target: tgt, split: 'quad' });
  partnerRows(document.querySelector('#actor-targets tbody'), v.targets, c => explore(v.actor.code, c), c => `${v.actor.code} → ${c}`);
  partnerRows(document.querySelector('#actor-sources tbody'), v.sources, c => explore(c, v.actor.code), c => `${c} → ${v.actor.code}`);
  note('actor-targets-note', v.sampled_as_source);
  note('actor-sources-note', v.sampled_as_target);
}
