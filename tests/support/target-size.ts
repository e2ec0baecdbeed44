/**
 * WCAG 2.5.8 Target Size (Minimum), as a function run in the page: every link and control is at
 * least 24 by 24 CSS pixels, or a 24-pixel circle on its centre touches no other target (the
 * spacing exception), or it is a link inside a sentence (the inline exception). Returns the
 * targets that fail, described.
 */
export function smallTargets(): string[] {
  // Only what is shown: not what a closed <details> (the phone menu) or visibility: hidden holds, which still has a box.
  const targets = [...document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary')].filter((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
  });
  const inSentence = (el: Element) => {
    const parent = el.parentElement;
    if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline' || !parent) return false;
    return (parent.textContent ?? '').trim().length > (el.textContent ?? '').trim().length + 2;
  };
  const boxes = targets.map((el) => ({ el, r: el.getBoundingClientRect() }));
  const failing: string[] = [];
  for (const { el, r } of boxes) {
    if ((r.width >= 24 && r.height >= 24) || inSentence(el)) continue;
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    const touches = boxes.some((o) => o.el !== el && Math.hypot(Math.max(o.r.left - cx, 0, cx - o.r.right), Math.max(o.r.top - cy, 0, cy - o.r.bottom)) < 12);
    if (touches) failing.push(`<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}" is ${Math.round(r.width)}×${Math.round(r.height)} px, with another target within 12 px of its centre`);
  }
  return failing;
}
