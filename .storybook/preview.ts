import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

// Controls, argument tables and docs of every element come from the generated manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
  },
  globalTypes: {
    lang: {
      description: 'Lingua degli elementi / language of the elements',
      toolbar: {
        title: 'Lingua',
        items: [
          { value: 'it', title: 'Italiano' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'it' },
  decorators: [
    (story, context) => {
      // The elements read the language from the nearest lang attribute.
      document.documentElement.lang = String(context.globals.lang ?? 'it');
      return story();
    },
  ],
};

export default preview;
