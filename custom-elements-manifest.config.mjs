/**
 * `npm run analyze` writes custom-elements.json, which Storybook's docs tables,
 * editors and THEMING.md read: it lists the public API only. Private and
 * protected members, members whose name starts with `_` (our convention for
 * private) and members tagged `@internal` (the element foundation's hooks,
 * public to its DataView but not to pages) are left out.
 */
const isPublic = (member) =>
  !member.name?.startsWith('_') &&
  member.privacy !== 'private' &&
  member.privacy !== 'protected' &&
  !/@internal\b/.test(member.description ?? '') &&
  !member.jsDocTags?.some?.((tag) => tag.name === 'internal');

function publicApiOnly() {
  return {
    name: 'public-api-only',
    analyzePhase({ ts, node, moduleDoc }) {
      // `@internal` is a JSDoc tag the analyzer does not keep: note it on the member as it is read.
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
      if (!declaration?.members) return;
      for (const element of node.members) {
        const internal = ts.getJSDocTags(element).some((tag) => tag.tagName.getText() === 'internal');
        const name = element.name?.getText();
        if (!internal || !name) continue;
        for (const member of declaration.members) if (member.name === name) member.description = `@internal ${member.description ?? ''}`;
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
          if (declaration.attributes)
            declaration.attributes = declaration.attributes.filter((attribute) => !attribute.fieldName?.startsWith('_'));
        }
      }
    },
  };
}

export default {
  litelement: true,
  plugins: [publicApiOnly()],
};
