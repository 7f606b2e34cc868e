/**
 * A test-runner command that touches the page as a finger does, through the
 * Chrome DevTools protocol (Input.dispatchTouchEvent with touch emulation on):
 * the browser makes the pointer events, the click and the gesture decisions
 * itself, as on a phone. From a test:
 *
 *   executeServerCommand('touch', { steps: [[[x, y]], [[x, y], [x2, y2]], []] })
 *
 * Each step is the list of fingers down at that moment, in viewport pixels:
 * the first step starts the touch, the following ones move it (a different
 * number of fingers starts or ends one), an empty list lifts every finger.
 * `pause` (ms) waits between steps.
 *
 *   executeServerCommand('wheel', { x, y, deltaY, ctrl })
 *
 * turns a mouse wheel (or, with `ctrl`, pinches a trackpad) at a viewport point.
 *
 *   executeServerCommand('forced-colors', { active: true })
 *
 * emulates Windows' forced colours (the runner's emulateMedia does not pass
 * `forced-colors` on to Chrome).
 *
 *   executeServerCommand('screenshot', { x, y, width, height })
 *
 * returns the page's pixels in that rectangle of the page (not the viewport:
 * add the page's scroll) as a PNG, base64, as the screen shows them
 * (composited: backgrounds, scrolled layers, forced colours).
 *
 *   executeServerCommand('ax-names', { roles: ['button', 'group'] })
 *
 * returns the role and the accessible name of every node of those roles in the
 * page's accessibility tree, shadow roots included, as a screen reader is given
 * them (`[{ role, name }]`, in document order).
 *
 *   executeServerCommand('print')
 *
 * prints the page to PDF on A4 (Page.printToPDF), as a reader's Print does:
 * the page is laid out for paper, its print media listeners run, and it is
 * printed before its next frame (emulateMedia('print') changes the styles
 * only, and its listeners still read the screen's layout). Returns the PDF's
 * size in bytes (print-page, below, reads the pages).
 *
 *   executeServerCommand('print-page', { path, width, height, colorScheme })
 *
 * opens `path` of the test server in a tab of its own (a whole page, as a
 * reader has it: a frame's page prints inside its frame's box) with a
 * width × height window and the reader's colour scheme, waits for its data
 * and drawings, prints it to PDF on A4 as a reader's Print does (backgrounds
 * left off unless the page asks) and returns each page's text and colours.
 *
 *   executeServerCommand('compose', { text, commit })
 *
 * types `text` at the focused field as an input method does (Japanese, Chinese,
 * a phone's predictive keyboard, a dead key's accent): as a composition still
 * open, whose keys come with `isComposing`, or with `commit` as the text it
 * inserts when done (Input.imeSetComposition, Input.insertText).
 *
 *   executeServerCommand('pixel-ratio', { width, height, ratio })
 *
 * gives the page a viewport of that size with `ratio` device pixels a CSS
 * pixel, as the page zoomed or the window moved to a denser screen does
 * (Emulation.setDeviceMetricsOverride); without a payload, takes it away.
 */
import { pdfPages } from './pdf-pages.mjs';

export function touchPlugin() {
  // One DevTools session per test page, kept open: emulations end when their session detaches.
  const clients = new Map();
  return {
    name: 'touch-and-wheel',
    async executeCommand({ command, payload, session }) {
      if (!['touch', 'wheel', 'forced-colors', 'screenshot', 'ax-names', 'print', 'compose', 'pixel-ratio', 'print-page'].includes(command))
        return undefined;
      if (!clients.has(session.id)) clients.set(session.id, await session.browser.getPage(session.id).target().createCDPSession());
      const client = clients.get(session.id);
      if (command === 'forced-colors') {
        const value = payload.active ? 'active' : 'none';
        await client.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
        return true;
      }
      if (command === 'ax-names') {
        const { nodes } = await client.send('Accessibility.getFullAXTree');
        return nodes
          .filter((node) => !node.ignored && payload.roles.includes(node.role?.value))
          .map((node) => ({ role: node.role.value, name: node.name?.value ?? '' }));
      }
      if (command === 'pixel-ratio') {
        if (!payload) await client.send('Emulation.clearDeviceMetricsOverride');
        else {
          const { width, height, ratio } = payload;
          await client.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: ratio, mobile: false });
        }
        return true;
      }
      if (command === 'compose') {
        const { text, commit } = payload;
        if (commit) await client.send('Input.insertText', { text });
        else await client.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
        return true;
      }
      if (command === 'print-page') {
        const page = session.browser.getPage(session.id);
        const tab = await page.browser().newPage();
        try {
          await tab.setViewport({ width: payload.width ?? 1280, height: payload.height ?? 900 });
          await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: payload.colorScheme ?? 'light' }]);
          await tab.goto(new URL(payload.path, page.url()).href, { waitUntil: 'networkidle0', timeout: 30_000 });
          // Drawn once nothing is loading (no busy box in any element's shadow root) and a last frame has passed.
          await tab.waitForFunction(
            () => ![...document.querySelectorAll('*')].some((el) => el.shadowRoot?.querySelector('[aria-busy="true"]')),
            { timeout: 20_000 },
          );
          await new Promise((resolve) => setTimeout(resolve, 500));
          const data = await tab.pdf({ format: 'A4' });
          return pdfPages(Buffer.from(data));
        } finally {
          await tab.close();
        }
      }
      if (command === 'print') {
        const { data } = await client.send('Page.printToPDF', { paperWidth: 8.27, paperHeight: 11.69 });
        return Buffer.from(data, 'base64').length;
      }
      if (command === 'screenshot') {
        const { data } = await client.send('Page.captureScreenshot', { format: 'png', clip: { ...payload, scale: 1 } });
        return data;
      }
      if (command === 'wheel') {
        const { x, y, deltaY, ctrl } = payload;
        await client.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x, y, deltaX: 0, deltaY, modifiers: ctrl ? 2 : 0 });
        return true;
      }
      await client.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
      let down = 0;
      for (const fingers of payload.steps) {
        const touchPoints = fingers.map(([x, y], id) => ({ x, y, id }));
        const type = fingers.length === 0 ? 'touchEnd' : down === 0 ? 'touchStart' : fingers.length !== down ? 'touchStart' : 'touchMove';
        await client.send('Input.dispatchTouchEvent', { type, touchPoints });
        down = fingers.length;
        if (payload.pause) await new Promise((resolve) => setTimeout(resolve, payload.pause));
      }
      return true;
    },
  };
}
