// Opens notebooks in Debian's Chromium against a running Jupyter Notebook server, runs all cells,
// takes a full-page screenshot of each, and checks what a student sees: no JavaScript console
// errors, no error outputs, a check panel, and every figure's image loaded.
// Usage: node browser_test.cjs BASE_URL TOKEN OUT_DIR NOTEBOOK_PATH...  (paths relative to the server's root)
// playwright-core comes from npm (NODE_PATH); it drives /usr/bin/chromium and downloads no browser.
'use strict';
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');

const [base, token, outDir, ...notebooks] = process.argv.slice(2);
const CELL_TIMEOUT_MS = 600000;
// The labs whose sliders redraw a figure: the perceptron's line, the descent, the dropout mask.
const WITH_WIDGETS = /(01-perceptron|03-optimizers|05-regularization)\//;
// MathJax 2 (Notebook 6's) probes fonts with @font-face { font-family: MathJax_Blank; src: url('about:blank') },
// which Chromium reports as two console errors. They come from Jupyter's own page, not from dlkit's
// output, so exactly these two are not counted.
// Debian's jupyter-js-widgets 6.0.0 ships its stylesheet with a truncated data URL for a checked
// <select> option ("data:image/gif;base64,R0lGO..."), so a page with a dropdown reports it once too.
const MATHJAX_BLANK_FONT = [/^Access to font at 'about:blank' from origin /, /^Failed to load resource: net::ERR_FAILED \(at about:blank\)$/,
  /^Failed to load resource: net::ERR_INVALID_URL \(at data:image\/gif;base64,R0lGO\.\.\.\)$/];

async function runNotebook(browser, notebook) {
  const page = await browser.newPage();
  const consoleErrors = [];
  page.on('console', (m) => {
    const text = `${m.text()} (at ${m.location().url || 'no source'})`;
    if (m.type() === 'error' && !MATHJAX_BLANK_FONT.some((known) => known.test(text))) consoleErrors.push(text);
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  const started = Date.now();
  page.setDefaultTimeout(120000); // a loaded 2-core CI machine can take a while to serve Notebook 6's scripts
  await page.goto(`${base}/notebooks/${encodeURI(notebook)}?token=${token}`, { waitUntil: 'load', timeout: 120000 });
  await page.waitForFunction(() => window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel
      && Jupyter.notebook.kernel.is_connected(), null, { timeout: 120000 });
  // Never write the notebook back: the run is for looking, not for saving.
  await page.evaluate(() => { Jupyter.notebook.set_autosave_interval(0); Jupyter.notebook.writable = false; });
  await page.evaluate(() => Jupyter.notebook.execute_all_cells());
  await page.waitForFunction(() => !Jupyter.notebook.get_cells().some((c) => c.cell_type === 'code'
      && (c.input_prompt_number === '*' || c.input_prompt_number === undefined && c.get_text().trim() !== ''))
      && !Jupyter.notebook.kernel_busy, null, { timeout: CELL_TIMEOUT_MS, polling: 500 });
  await page.waitForTimeout(1000); // let MathJax and the last images settle
  if (WITH_WIDGETS.test(notebook)) {
    await page.waitForSelector('.widget-area img.widget-image', { timeout: 30000 }).catch(() => null);
  }
  const widget = await dragFirstSlider(page, notebook);
  const seen = await page.evaluate(async () => {
    const images = [...document.querySelectorAll('.output_area img')];
    await Promise.all(images.map((img) => (img.complete ? null : new Promise((r) => { img.onload = img.onerror = r; }))));
    const codeCells = Jupyter.notebook.get_cells().filter((c) => c.cell_type === 'code');
    return {
      codeCells: codeCells.length,
      errorOutputs: [...document.querySelectorAll('.output_error')].map((e) => e.innerText.slice(0, 300)),
      checkPanels: document.querySelectorAll('.dlkit-check').length,
      passedPanels: document.querySelectorAll('.dlkit-check[data-passed="true"]').length,
      images: images.length,
      brokenImages: images.filter((img) => !(img.complete && img.naturalWidth > 0)).length,
      progressBars: document.querySelectorAll('.dlkit-progress').length,
    };
  });
  // Notebook 6 scrolls inside #site; let the page grow so that the screenshot holds the whole notebook.
  await page.evaluate(() => {
    document.getElementById('site').style.height = 'auto';
    document.getElementById('site').style.overflow = 'visible';
    document.body.style.overflow = 'visible';
    document.body.style.height = 'auto';
  });
  const shot = path.join(outDir, notebook.replace(/[\/]/g, '_').replace(/\.ipynb$/, '.png'));
  await page.screenshot({ path: shot, fullPage: true });
  await page.close();
  return { notebook, seconds: Math.round((Date.now() - started) / 1000), consoleErrors, shot, widget, ...seen };
}

// Where a notebook has live widgets (a slider above a figure), drags the first slider to its far
// end and waits for the figure under it to change, with screenshots of the widget before and after.
async function dragFirstSlider(page, notebook) {
  const area = page.locator('.widget-area').filter({ has: page.locator('.ui-slider-handle') })
      .filter({ has: page.locator('img.widget-image') }).first();
  if (await area.count() === 0) return null;
  await area.scrollIntoViewIfNeeded();
  const name = notebook.replace(/[\/]/g, '_').replace(/\.ipynb$/, '');
  const image = area.locator('img.widget-image').first();
  const before = await image.getAttribute('src');
  await area.screenshot({ path: path.join(outDir, `${name}-widget-before.png`) });
  const handle = await area.locator('.ui-slider-handle').first().boundingBox();
  const track = await area.locator('.ui-slider').first().boundingBox();
  const started = Date.now();
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(track.x + track.width + 30, handle.y + handle.height / 2, { steps: 20 });
  await page.mouse.up();
  let changed = true;
  try {
    await page.waitForFunction(([el, old]) => el.getAttribute('src') !== old, [await image.elementHandle(), before],
        { timeout: 60000 });
  } catch (e) {
    changed = false;
  }
  await page.waitForTimeout(500);
  await area.screenshot({ path: path.join(outDir, `${name}-widget-after.png`) });
  return { changed, seconds: (Date.now() - started) / 1000 };
}

(async () => {
  fs.mkdirSync(outDir, { recursive: true });
  // A fresh profile each run (playwright passes it to Chromium as --user-data-dir).
  const profile = fs.mkdtempSync(path.join(require('os').tmpdir(), 'dlkit-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let failures = 0;
  try {
    for (const notebook of notebooks) {
      let r;
      try {
        r = await runNotebook(browser, notebook);
      } catch (e) {
        console.log(`FAIL ${notebook}: ${String(e).split('\n')[0]}`);
        failures += 1;
        continue;
      }
      const problems = [];
      if (r.consoleErrors.length) problems.push(`JavaScript console errors: ${r.consoleErrors.join(' | ')}`);
      if (r.errorOutputs.length) problems.push(`${r.errorOutputs.length} error outputs, first: ${r.errorOutputs[0]}`);
      if (r.checkPanels === 0) problems.push('no check panel rendered');
      if (r.images === 0) problems.push('no figure rendered');
      if (r.brokenImages) problems.push(`${r.brokenImages} of ${r.images} figures did not load`);
      if (!r.widget && WITH_WIDGETS.test(r.notebook)) problems.push('no live slider above a figure (the widgets came up static)');
      if (r.widget && !r.widget.changed) problems.push('dragging the first slider did not redraw its figure within 60 s');
      console.log(`${problems.length ? 'FAIL' : 'ok  '} ${r.notebook}: ${r.codeCells} code cells, ${r.checkPanels} check panels`
          + ` (${r.passedPanels} passed), ${r.images} figures, ${r.progressBars} progress bars`
          + (r.widget ? `, slider dragged: figure ${r.widget.changed ? 'redrawn' : 'NOT redrawn'} (${r.widget.seconds.toFixed(1)} s)` : '')
          + `, ${r.seconds}s; ${r.shot}`);
      problems.forEach((p) => console.log(`     ${p}`));
      failures += problems.length ? 1 : 0;
    }
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  process.exit(failures ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(2); });
