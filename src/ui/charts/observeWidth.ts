import type { Attachment } from 'svelte/attachments';

/**
 * The width of an element as the browser lays it out, reported by a ResizeObserver after
 * layout: unlike `bind:clientWidth`, nothing reads the width while the page is being built, so
 * mounting a chart never forces the browser to lay out the whole page there and then.
 */
export function observeWidth(set: (width: number) => void): Attachment<HTMLElement> {
  return (element) => {
    if (typeof ResizeObserver === 'undefined') {
      set(element.clientWidth);
      return;
    }
    const observer = new ResizeObserver((entries) => {
      const entry = entries.at(-1);
      if (entry) set(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  };
}
