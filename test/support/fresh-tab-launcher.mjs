/**
 * Each test file in a tab of its own. @web/test-runner-chrome reuses one tab
 * for every file, so the tab's session history grows by two entries a file
 * (the file's page, then about:blank) and reaches Chrome's 50. A full history
 * makes room by dropping an entry, first one that a page left by pushing
 * another without a user's gesture (Chrome's history manipulation
 * intervention): in a test, the test page's own entry, the one a framed
 * dashboard's last Back returns to. test/e2e/dashboard.test.ts's Back then left
 * the test page for the previous file's about:blank ("Tests were interrupted
 * because the page navigated to about:blank"; seen: the history stayed at 50
 * while the frame pushed), whenever the files run before it happened to fill
 * the history. A new tab starts its history empty.
 */
export function freshTabPerFile(launcher) {
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (sessionId) => {
    const result = await stopSession(sessionId);
    // The launcher keeps a stopped file's tab for the next file (an internal list: a launcher without it keeps reusing).
    const kept = Array.isArray(launcher.inactivePages) ? launcher.inactivePages.splice(0) : [];
    // A tab that will not close (a crashed page) only lingers: the next file gets a new one all the same.
    await Promise.all(kept.map((page) => page.puppeteerPage.close().catch(() => undefined)));
    return result;
  };
  return launcher;
}
