// top.js: the most active dyads of a period.
import { getJSON, el, fmtNum, latestDate, daysBefore } from './api.js';

export function initTop(navigate) {
  document.getElementById('top-form').addEventListener('submit', e => {
    e.preventDefault();
    const f = e.target;
    navigate('/top', { since: f.elements.since.value, until: f.elements.until.value, limit: f.elements.limit.value });
  });
}

export async function showTop(p) {
  if (!p.since && !p.until) {
    // Default: the year up to the newest event (a whole-store count is slow
    // on big stores; "all time" is one empty From field away... and a click).
    const last = await latestDate();
    if (last) p = Object.assign({}, p, { since: daysBefore(last, 364), until: last });
  }
  const f = document.getElementById('top-form');
  for (const k of ['since', 'until']) f.elements[k].value = p[k] || '';
  if (p.limit) f.elements.limit.value = p.limit;
  const v = await getJSON('api/dyads/top', { since: p.since, until: p.until, limit: p.limit || 25 });
  document.getElementById('top-caption').textContent =
    `Dyads with most events${v.since ? ' from ' + v.since : ''}${v.until ? ' to ' + v.until : ''}`;
  const tbody = document.querySelector('#top-table tbody');
  tbody.textContent = '';
  v.dyads.forEach((d, i) => {
    const explore = '#/?' + new URLSearchParams({ source: d.source, target: d.target, split: 'quad', since: p.since || '', until: p.until || '' });
    tbody.append(el('tr', {},
      el('td', { class: 'num' }, i + 1),
      el('td', {}, el('a', { href: '#/actor/' + encodeURIComponent(d.source) }, d.source)),
      el('td', {}, el('a', { href: '#/actor/' + encodeURIComponent(d.target) }, d.target)),
      el('td', { class: 'num' }, fmtNum(d.events)),
      el('td', { class: 'num' }, fmtNum(d.mentions)),
      el('td', { class: 'num' }, fmtNum(d.goldstein, 2)),
      el('td', {}, el('a', { href: explore, 'aria-label': `Chart ${d.source} → ${d.target}` }, 'chart'))));
  });
  if (!v.dyads.length) tbody.append(el('tr', {}, el('td', { colspan: 7, class: 'empty' }, 'No events in this period.')));
}
