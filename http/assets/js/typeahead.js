// typeahead.js: actor suggestions for inputs with a datalist, and turning a
// typed name into an actor code.
import { getJSON } from './api.js';

// attach makes input suggest actor codes and names from /api/actors.
export function attach(input) {
  const list = document.getElementById(input.getAttribute('list'));
  let timer, last = '';
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q || q === last) return;
    timer = setTimeout(async () => {
      last = q;
      try {
        const { actors } = await getJSON('api/actors', { q, limit: 10 });
        list.textContent = '';
        for (const a of actors) {
          const o = document.createElement('option');
          o.value = a.code;
          o.label = `${a.name || a.code} — ${a.as_source + a.as_target} mentions`;
          list.append(o);
        }
      } catch { /* suggestions are a convenience; the form still works */ }
    }, 150);
  });
}

// resolve returns the actor code for what was typed: a code as it is, a name
// as the most frequent code it names. It throws when nothing matches.
export async function resolve(value) {
  const v = value.trim();
  if (!v || /^[A-Za-z0-9]{2,48}$/.test(v) && v === v.toUpperCase()) return v.toUpperCase();
  const { actors } = await getJSON('api/actors', { q: v, limit: 10 });
  const exact = actors.find(a => a.code === v.toUpperCase());
  if (exact) return exact.code;
  if (!actors.length) {
    if (/^[A-Za-z0-9]+$/.test(v)) return v.toUpperCase();
    throw new Error(`No actor matches "${v}".`);
  }
  return actors[0].code;
}
