/**
 * Files the FDK never validates or packs: dotfiles and OS litter. Same pattern as FDK 6.9
 * `helper-util.js` IGNORED_FILES (docs/platform.md "fdk pack": dotfiles and OS junk excluded), plus macOS zip debris.
 */
const IGNORED = /^\..*$|^\.Spotlight-V100$|\.Trashes$|^Thumbs\.db$|^desktop\.ini$|^__MACOSX$/;

/** True for a file or directory *name* (not a path) that must be skipped. */
export const isJunk = (name: string): boolean => IGNORED.test(name);
