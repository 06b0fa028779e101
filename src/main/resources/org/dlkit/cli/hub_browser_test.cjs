// Logs a student into a dlkit JupyterHub through its real login form in Debian's Chromium, waits for
// the student's server, opens lab 1 from the student's home, runs its first cell (the jars, the
// imports, setup()) and one more, checks both ran without an error output, and saves the notebook.
// Usage: node hub_browser_test.cjs HUB_URL USER PASSWORD SCREENSHOT_DIR
// playwright-core comes from npm (NODE_PATH); it drives /usr/bin/chromium and downloads no browser.
'use strict';
const { chromium } = require('playwright-core');
const path = require('path');

const [hub, user, password, outDir] = process.argv.slice(2);
const NOTEBOOK = 'notebooks/01-perceptron/perceptron.ipynb';

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.setDefaultTimeout(180000);
  try {
    await page.goto(`${hub}/hub/login`, { waitUntil: 'load' });
    await page.fill('input[name=username]', user);
    await page.fill('input[name=password]', password);
    await Promise.all([page.waitForURL(new RegExp(`/user/${user}/tree`), { timeout: 180000 }),
      page.click('input[type=submit], button[type=submit]')]);
    console.log(`logged in as ${user} through the login form; the server is at ${page.url()}`);
    await page.goto(`${hub}/user/${user}/notebooks/${NOTEBOOK}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel
        && Jupyter.notebook.kernel.is_connected() && !Jupyter.notebook.kernel_busy, null, { polling: 500 });
    const outcome = await page.evaluate(async () => {
      const cells = Jupyter.notebook.get_cells().filter((c) => c.cell_type === 'code');
      const run = (cell) => new Promise((resolve) => {
        cell.execute();
        const poll = setInterval(() => {
          if (cell.input_prompt_number !== '*' && cell.input_prompt_number !== undefined
              && !Jupyter.notebook.kernel_busy) { clearInterval(poll); resolve(); }
        }, 250);
      });
      await run(cells[0]);
      const ours = Jupyter.notebook.insert_cell_at_bottom('code');
      ours.set_text('double hubCheck = 1.0 + 2.0 + 3.0;\nhubCheck');
      await run(ours);
      const outputs = [cells[0], ours].map((c) => c.output_area.outputs);
      return {
        errors: outputs.flat().filter((o) => o.output_type === 'error').map((o) => `${o.ename}: ${o.evalue}`),
        result: ours.output_area.outputs.map((o) => (o.data && o.data['text/plain']) || o.text || '').join(''),
      };
    });
    await page.evaluate(() => Jupyter.notebook.save_notebook());
    await page.waitForTimeout(2000);
    await page.screenshot({ path: path.join(outDir, 'hub-lab1.png'), fullPage: false });
    if (outcome.errors.length || !/6(\.0)?/.test(outcome.result)) {
      console.error(`FAIL: lab 1 in ${user}'s server: errors ${JSON.stringify(outcome.errors)}, result '${outcome.result}'`);
      process.exitCode = 1;
    } else if (errors.length) {
      console.error(`FAIL: JavaScript errors on the page: ${errors.join('; ')}`);
      process.exitCode = 1;
    } else {
      console.log(`ran lab 1's first cell and a cell of ours in ${user}'s kernel: ${outcome.result.trim()}; saved`);
    }
  } catch (e) {
    await page.screenshot({ path: path.join(outDir, 'hub-failure.png') }).catch(() => null);
    console.error(`FAIL: ${e}`);
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
})();
