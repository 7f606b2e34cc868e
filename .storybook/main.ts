/**
 * Storybook 10 for the elements: stories beside each element
 * (components/<tag>/<tag>.stories.ts) and the dashboard in stories/. Controls and
 * docs come from custom-elements.json (npm run analyze). The stories read the
 * fixture contract written by scripts/write-story-data.ts, served at /data/.
 * Offline-friendly: telemetry off, nothing fetched at build time.
 */
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts', '../components/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  staticDirs: [{ from: '../storybook-data', to: '/data' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
