// periods.js: the calendar intervals the trend API counts in (UTC dates).

function addInterval(d, interval, n = 1) {
  const t = new Date(d.getTime());
  switch (interval) {
    case 'day': t.setUTCDate(t.getUTCDate() + n); break;
    case 'week': t.setUTCDate(t.getUTCDate() + 7 * n); break;
    case 'year': t.setUTCFullYear(t.getUTCFullYear() + n); break;
    default: t.setUTCMonth(t.getUTCMonth() + n);
  }
  return t;
}

// periodsBetween lists the first days of every interval from first to last,
// so periods without events are drawn as zero rather than skipped.
export function periodsBetween(first, last, interval) {
  const out = [];
  for (let t = first; t <= last && out.length < 20000; t = addInterval(t, interval)) out.push(t);
  return out;
}

// periodEnd is the last day of the interval starting at start.
export function periodEnd(start, interval) {
  const t = addInterval(start, interval);
  t.setUTCDate(t.getUTCDate() - 1);
  return t;
}

export function periodLabel(start, interval) {
  const iso = start.toISOString();
  switch (interval) {
    case 'year': return iso.slice(0, 4);
    case 'month': return iso.slice(0, 7);
    case 'week': return 'week of ' + iso.slice(0, 10);
    default: return iso.slice(0, 10);
  }
}
