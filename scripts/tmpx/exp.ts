import { chromium } from 'playwright-core';

async function main() {
  const dir = process.argv[2];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  for (const f of ['huge.html', 'nodes.html']) {
    for (const [mode, cap] of [
      ['highlight', 2000],
      ['highlight', 5000],
      ['highlight', 20000],
    ] as const) {
      const page = await browser.newPage();
      await page.addInitScript(
        `window.longTasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.longTasks.push(Math.round(e.duration)); }).observe({ type: 'longtask', buffered: true });`,
      );
      await page.goto(`file://${dir}/${f}`);
      await page.waitForTimeout(1500);
      const before = await page.evaluate('window.longTasks.length');
      const took = await page.evaluate(`(async () => {
        const mode = ${JSON.stringify(mode)}; const CAP = ${cap};
        const h = new Highlight(); if (mode === 'highlight') CSS.highlights.set('x', h);
        const style = document.createElement('style'); style.textContent = '::highlight(x) { background: yellow; }'; document.head.append(style);
        const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); const nodes = []; for (let n = w.nextNode(); n; n = w.nextNode()) nodes.push(n);
        let count = 0; let longest = 0;
        for (let i = 0; i < nodes.length; i += 1) {
          const t = nodes[i];
          for (let o = 0; o + 5 < t.data.length && o < 20000; o += 50) {
            if (mode !== 'none') h.add(new StaticRange({ startContainer: t, startOffset: o, endContainer: t, endOffset: o + 5 }));
            count++;
            if (count % 256 === 0) { await new Promise((r) => setTimeout(r, 0)); }
            if (count >= CAP) break;
          }
          if (count >= CAP) break;
        }
        await new Promise((r) => setTimeout(r, 1500));
        return count;
      })()`);
      const tasks = ((await page.evaluate('window.longTasks')) as number[]).slice(before as number);
      console.log(f, mode, cap, took, 'long tasks after start:', tasks.join(','));
      await page.close();
    }
  }
  await browser.close();
}
main();
