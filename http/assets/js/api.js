// api.js: calls to the dyad JSON API and small formatting helpers.

// getJSON fetches an API path (relative to the page) with query parameters,
// leaving out empty ones, and throws an Error carrying the server's message.
export async function getJSON(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.set(k, v);
  }
  const url = path + (q.toString() ? '?' + q : '');
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  let body;
  try {
    body = await res.json();
  } catch {
    throw new Error(`${res.status} ${res.statusText}`);
  }
  if (!res.ok) throw new Error(body.error || `${res.status} ${res.statusText}`);
  return body;
}

// CAMEO root codes and quad classes, for labels.
export const ROOTS = {
  '01': 'Make public statement', '02': 'Appeal', '03': 'Express intent to cooperate',
  '04': 'Consult', '05': 'Engage in diplomatic cooperation', '06': 'Engage in material cooperation',
  '07': 'Provide aid', '08': 'Yield', '09': 'Investigate', '10': 'Demand', '11': 'Disapprove',
  '12': 'Reject', '13': 'Threaten', '14': 'Protest', '15': 'Exhibit force posture',
  '16': 'Reduce relations', '17': 'Coerce', '18': 'Assault', '19': 'Fight',
  '20': 'Use unconventional mass violence',
};
export const QUADS = { '1': 'Verbal cooperation', '2': 'Material cooperation', '3': 'Verbal conflict', '4': 'Material conflict' };

export function keyLabel(split, key) {
  if (split === 'quad') return QUADS[key] || `quad ${key}`;
  if (split === 'root') return `${key} ${ROOTS[key] || ''}`.trim();
  if (split === 'topic') return key;
  return 'all events';
}

// day formats an RFC 3339 time or a Date as YYYY-MM-DD.
export function day(t) {
  const d = t instanceof Date ? t : new Date(t);
  return isNaN(d) ? '' : d.toISOString().slice(0, 10);
}

// el makes an element with attributes and children (strings become text,
// never HTML).
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    e.append(c instanceof Node ? c : String(c));
  }
  return e;
}

export function fmtNum(n, digits = 0) {
  return Number(n).toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

// showError puts a message in the page's alert region; null clears it.
export function showError(err) {
  const box = document.getElementById('error');
  if (!err) { box.hidden = true; box.textContent = ''; return; }
  box.textContent = err.message || String(err);
  box.hidden = false;
}

// latestDate returns the date (YYYY-MM-DD) of the newest event in the store,
// or '' when it holds none. The newest event is one index step away, unlike
// aggregates over the whole store, so views use it to choose default periods.
let latest;
export async function latestDate() {
  if (latest === undefined) {
    const { events } = await getJSON('api/events', { limit: 1 });
    latest = events.length ? day(events[0].date) : '';
  }
  return latest;
}

// daysBefore returns the YYYY-MM-DD date n days before the date d.
export function daysBefore(d, n) {
  const t = new Date(d + 'T00:00:00Z');
  t.setUTCDate(t.getUTCDate() - n);
  return day(t);
}
