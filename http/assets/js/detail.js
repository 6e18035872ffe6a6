// detail.js: an event's sentences and a whole document, with the source,
// target and verb of each event marked.
import { getJSON, el, day, fmtNum, QUADS } from './api.js';

const KIND_LABEL = { source: 'source', target: 'target', verb: 'verb' };

// marked renders text segments ({text, kind, event}) with <mark> elements.
export function marked(segments, linkEvents = false) {
  return segments.map(s => {
    if (!s.kind) return s.text;
    const m = el('mark', { class: 'm-' + s.kind, title: KIND_LABEL[s.kind] || s.kind }, s.text);
    if (linkEvents && s.event) {
      return el('a', { href: '#/event/' + s.event, class: 'mark-link', 'aria-label': `${s.text} (${s.kind} of event ${s.event})` }, m);
    }
    return m;
  });
}

function eventHeading(ev) {
  return el('div', { class: 'event-head' },
    el('p', { class: 'dyad-line' },
      el('a', { href: '#/actor/' + encodeURIComponent(ev.source) }, ev.source), ' → ',
      el('a', { href: '#/actor/' + encodeURIComponent(ev.target) }, ev.target)),
    el('p', { class: 'meta' },
      el('span', { class: 'code' }, ev.code), ' ', ev.name || '',
      ' · ', QUADS[String(ev.quad)] || '',
      ' · Goldstein ', fmtNum(ev.goldstein, 1),
      ' · ', day(ev.date),
      ev.date_precision ? ` (${ev.date_precision})` : ''),
    el('p', { class: 'meta' },
      `${ev.num_mentions} mention${ev.num_mentions === 1 ? '' : 's'} in ${ev.num_articles} article${ev.num_articles === 1 ? '' : 's'} from ${ev.num_sources} source${ev.num_sources === 1 ? '' : 's'}`));
}

// renderEvent fills box with an event (the body of GET /api/events/{id}).
export function renderEvent(box, ev) {
  box.textContent = '';
  box.append(el('h3', { id: 'detail-title' }, `Event ${ev.id}`), eventHeading(ev),
    el('p', { class: 'legend-marks' }, el('mark', { class: 'm-source' }, 'source'), ' ', el('mark', { class: 'm-verb' }, 'verb'), ' ', el('mark', { class: 'm-target' }, 'target')));
  for (const s of ev.sentences) {
    box.append(el('figure', { class: 'sentence' },
      el('blockquote', { cite: s.url || undefined }, marked(s.segments)),
      el('figcaption', {},
        s.url ? el('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, s.title || s.url) : (s.title || s.doc),
        s.doc_source ? ` · ${s.doc_source}` : '', s.doc_date ? ` · ${s.doc_date}` : '', ' · ',
        el('a', { href: '#/doc/' + encodeURIComponent(s.doc) }, 'whole document'))));
  }
}

export async function showEvent(box, id) {
  box.setAttribute('aria-busy', 'true');
  try {
    renderEvent(box, await getJSON('api/events/' + encodeURIComponent(id)));
  } finally {
    box.removeAttribute('aria-busy');
  }
}

// showDocument renders a stored document with its marks into the doc view.
export async function showDocument(id) {
  const d = await getJSON('api/documents/' + encodeURIComponent(id));
  document.getElementById('doc-title').textContent = d.title || d.id;
  const meta = document.getElementById('doc-meta');
  meta.textContent = '';
  meta.append(
    d.source || '', d.date && !d.date.startsWith('0001') ? ` · ${day(d.date)}` : '',
    ` · ${(d.mentions || []).length} coded events · `,
    d.url ? el('a', { href: d.url, target: '_blank', rel: 'noopener noreferrer' }, 'original story') : 'no URL');
  if (d.reject) meta.append(` · rejected: ${d.reject.reason}`);
  const text = document.getElementById('doc-text');
  text.textContent = '';
  text.append(...marked(d.segments, true));
}
