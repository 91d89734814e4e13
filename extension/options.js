// Lede's options page (options_ui): the same settings the popup's switches
// and slider change, kept in this origin's localStorage (common.js).

import { CATEGORIES, THRESHOLD, loadSettings, saveSettings } from './common.js';

const form = document.getElementById('form');
const slider = document.getElementById('threshold');
const saved = document.getElementById('saved');

const boxes = CATEGORIES.map(([kind, , label]) => {
  const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: kind });
  const mark = Object.assign(document.createElement('span'), { className: `mark mark-${kind}`, textContent: label });
  const row = document.createElement('label');
  row.append(box, ' ', mark);
  document.getElementById('categories').append(row);
  return [kind, box];
});
Object.assign(slider, THRESHOLD);

function show(s) {
  for (const [kind, box] of boxes) box.checked = s.show[kind];
  slider.value = s.threshold;
  document.getElementById('threshold-value').value = s.threshold.toFixed(2);
  form.elements.format.value = s.format;
}

form.addEventListener('input', async () => {
  const settings = {
    show: Object.fromEntries(boxes.map(([kind, box]) => [kind, box.checked])),
    threshold: Number(slider.value),
    format: form.elements.format.value,
  };
  // The form already shows the choice; redrawing it from this save after the await
  // would undo a second choice made meanwhile (two quick clicks).
  document.getElementById('threshold-value').value = settings.threshold.toFixed(2);
  await saveSettings(settings);
  saved.textContent = 'Saved.';
});
form.addEventListener('submit', (e) => e.preventDefault());

// A change made in the popup meanwhile shows here too.
addEventListener('storage', async () => show(await loadSettings()));

// The analyse shortcut as the user set it (empty when they removed it).
chrome.commands.getAll().then((commands) => {
  const key = commands.find((c) => c.name === 'analyze')?.shortcut;
  document.getElementById('shortcut').textContent = key || 'not set';
});

show(await loadSettings());
