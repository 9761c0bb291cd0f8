/**
 * Stands in for react-remove-scroll where Mantine's AppShell header, footer and aside import it (see
 * narrowImports in vite.config.ts): they read only the class name that keeps fixed bars clear of the
 * scroll bar a modal hides. The scroll lock itself (about 4 kB gzip) then comes with the first modal, not
 * with every page's shell. The names are the library's (checked by shims.test.ts).
 */
export const RemoveScroll = {
  classNames: { zeroRight: 'right-scroll-bar-position', fullWidth: 'width-before-scroll-bar' },
};
