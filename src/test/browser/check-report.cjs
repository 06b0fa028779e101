// Opens a dlkit class report (report.html) in headless Chromium through playwright-core and checks
// that it loads cleanly: no console errors or page errors, every <img> decoded (naturalWidth > 0).
// Saves a full-page screenshot. Prints one JSON line with what it saw; exits 1 on any problem.
//
// Usage: node check-report.cjs REPORT_HTML SCREENSHOT_PNG
// Environment: PLAYWRIGHT_CORE (the playwright-core module folder; default: resolve 'playwright-core'),
//              CHROMIUM (default /usr/bin/chromium).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

async function main() {
  const [report, screenshot] = process.argv.slice(2);
  if (!report || !screenshot) {
    console.error('usage: node check-report.cjs REPORT_HTML SCREENSHOT_PNG');
    process.exit(2);
  }
  const { chromium } = require(process.env.PLAYWRIGHT_CORE || 'playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dlkit-report-chromium-'));
  // A fresh profile each run (playwright passes it to Chromium as --user-data-dir).
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const problems = [];
  try {
    const page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url().slice(0, 120)}`));
    await page.goto(pathToFileURL(path.resolve(report)).href, { waitUntil: 'load' });
    // Open the first similar pairs so the screenshot shows matched cells side by side.
    await page.evaluate(() => Array.from(document.querySelectorAll('details')).slice(0, 3)
      .forEach((d) => { d.open = true; }));
    const images = await page.evaluate(() => Array.from(document.images).map((img) => ({
      alt: img.alt, complete: img.complete, width: img.naturalWidth, external: !img.src.startsWith('data:') })));
    for (const image of images) {
      if (!image.complete || image.width === 0) problems.push(`image did not load: ${image.alt}`);
      if (image.external) problems.push(`image is not embedded: ${image.alt}`);
    }
    const title = await page.title();
    fs.mkdirSync(path.dirname(path.resolve(screenshot)), { recursive: true });
    // A class of 100 with thousands of similar pairs makes a tall page; a loaded machine needs time for it.
    await page.screenshot({ path: screenshot, fullPage: true, timeout: 180000 });
    console.log(JSON.stringify({ title, images: images.length, problems }));
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  process.exit(problems.length === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : String(error));
  process.exit(1);
});
